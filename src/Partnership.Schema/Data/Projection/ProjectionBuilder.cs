using System.Linq.Expressions;
using System.Reflection;
using Partnership.GraphQL.Language;

namespace Partnership.Schema.Data.Projection;

/// <summary>
/// Builds the LINQ projection of a selection: an <c>object?[]</c> per row holding only the selected fields'
/// values (nested <c>object?[]</c> for references, <c>List&lt;object?[]&gt;</c> for lists), then the hidden-field
/// mask. Hidden values are never read: a denied field projects null and a conditional one projects
/// <c>condition ? value : null</c>, so the value does not leave the database. Related rows pass the row rule.
/// </summary>
internal static class ProjectionBuilder
{
    private static readonly MethodInfo Where = GetEnumerable(nameof(Enumerable.Where), 2);
    private static readonly MethodInfo Select = GetEnumerable(nameof(Enumerable.Select), 2);
    private static readonly MethodInfo OrderBy = GetEnumerable(nameof(Enumerable.OrderBy), 2);
    private static readonly MethodInfo ToList = typeof(Enumerable).GetMethod(nameof(Enumerable.ToList))!;

    private static MethodInfo GetEnumerable(string name, int parameters) => typeof(Enumerable).GetMethods()
        .First(m => m.Name == name && m.GetParameters().Length == parameters
            && m.GetParameters()[1].ParameterType.GetGenericArguments().Length == 2);

    /// <summary>The projection lambda for the root rows and their plan; <paramref name="extra"/> are appended after the mask (cursor columns).</summary>
    public static (LambdaExpression Projection, RowPlan Plan) Build(EntityType entity, OrderedDictionary<string, List<FieldNode>> selection,
        DataRequest request, IReadOnlyList<LambdaExpression>? extra = null)
    {
        var x = Expression.Parameter(entity.ClrType, "x");
        var (body, plan) = Project(entity, x, selection, request, extra);
        return (Expression.Lambda(body, x), plan);
    }

    private static (Expression Body, RowPlan Plan) Project(EntityType entity, Expression source, OrderedDictionary<string, List<FieldNode>> selection,
        DataRequest request, IReadOnlyList<LambdaExpression>? extra)
    {
        var plan = new RowPlan(entity);
        var slots = new List<Expression>();
        Expression? mask = null;
        long nextBit = 1;
        foreach (var (key, nodes) in selection)
        {
            var field = entity.GetField(nodes[0].Name.Value);
            if (field is null) continue; // __typename and the like are not data
            var access = request.Access(field, FieldUsage.Select);
            Expression value;
            RowPlan? child = null;
            long bit = 0;
            Expression? condition = access.Condition is null ? null : Lambda.Inline(access.Condition, source);
            if (condition is not null)
            {
                if (nextBit == long.MinValue) throw new InvalidOperationException($"More than 63 conditional fields selected on \"{entity.Name}\".");
                bit = nextBit;
                nextBit <<= 1;
                var flag = Expression.Condition(condition, Expression.Constant(0L), Expression.Constant(bit));
                mask = mask is null ? flag : Expression.Or(mask, flag);
            }
            if (!access.IsAllowed)
            {
                value = Expression.Constant(null, typeof(object));
            }
            else
            {
                var raw = Lambda.Inline(field.Expression, source);
                switch (field.Kind)
                {
                    case EntityFieldKind.Reference:
                    {
                        var target = field.Target!;
                        var sub = SelectionCollector.Collect(target.ObjectType, SelectionCollector.SetsOf(nodes), request);
                        (var nested, child) = Project(target, raw, sub, request, null);
                        Expression hide = Expression.Equal(raw, Expression.Constant(null, raw.Type));
                        if (request.RowFilter(target) is { } rule) hide = Expression.OrElse(hide, Expression.Not(Lambda.Inline(rule, raw)));
                        if (condition is not null) hide = Expression.OrElse(hide, Expression.Not(condition));
                        value = Expression.Condition(hide, Expression.Constant(null, nested.Type), nested);
                        break;
                    }
                    case EntityFieldKind.List:
                    {
                        var target = field.Target!;
                        var element = target.ClrType;
                        var sub = SelectionCollector.Collect(target.ObjectType, SelectionCollector.SetsOf(nodes), request);
                        var p = Expression.Parameter(element, "e" + slots.Count);
                        (var nested, child) = Project(target, p, sub, request, null);
                        Expression items = raw;
                        if (request.RowFilter(target) is { } rule) items = Expression.Call(Where.MakeGenericMethod(element), items, rule);
                        if (condition is not null)
                            items = Expression.Call(Where.MakeGenericMethod(element), items, Expression.Lambda(condition, Expression.Parameter(element, "_")));
                        items = Expression.Call(OrderBy.MakeGenericMethod(element, target.Key.ReturnType), items, target.Key);
                        items = Expression.Call(Select.MakeGenericMethod(element, typeof(object?[])), items, Expression.Lambda(nested, p));
                        value = Expression.Call(ToList.MakeGenericMethod(typeof(object?[])), items);
                        break;
                    }
                    default:
                        value = Box(raw);
                        if (condition is not null) value = Expression.Condition(condition, value, Expression.Constant(null, typeof(object)));
                        break;
                }
            }
            plan.SlotByKey[key] = slots.Count;
            plan.Slots.Add(new Slot(field, !access.IsAllowed, bit, child));
            slots.Add(value.Type == typeof(object) ? value : Expression.Convert(value, typeof(object)));
        }
        slots.Add(Expression.Convert(mask ?? Expression.Constant(0L), typeof(object)));
        if (request.Data.Options.ProjectKeys)
        {
            slots.Add(Box(Lambda.Inline(entity.Key, source)));
            plan.HasKey = true;
        }
        if (extra is not null)
        {
            foreach (var column in extra) slots.Add(Box(Lambda.Inline(column, source)));
            plan.CursorColumns = extra.Count;
        }
        return (Expression.NewArrayInit(typeof(object), slots), plan);
    }

    private static Expression Box(Expression e) => e.Type == typeof(object) ? e : Expression.Convert(e, typeof(object));
}
