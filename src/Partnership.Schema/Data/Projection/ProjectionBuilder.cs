using System.Linq.Expressions;
using System.Reflection;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Utilities;
using Partnership.Schema.Data.Filtering;
using Partnership.Schema.Data.Sorting;

namespace Partnership.Schema.Data.Projection;

/// <summary>
/// Builds the LINQ projection of a selection: an <c>object?[]</c> per row holding only the selected fields'
/// values (nested <c>object?[]</c> for references, <c>List&lt;object?[]&gt;</c> for lists), then the hidden-field
/// mask. Hidden values are never read: a denied field projects null and a conditional scalar projects
/// <c>CASE WHEN condition THEN value END</c> in SQL, so the value does not leave the database. Related rows pass the row rule.
/// </summary>
/// <remarks>
/// The policy's conditions are correlated subqueries, so the SQL is kept small: the mask evaluates each distinct condition
/// once (fields with an equal condition share it), a condition already implied by the row's own row rule (or its parent's,
/// where the related row is about the same child) becomes <c>true</c>, and a navigation back to the parent through a picked
/// row (<c>x.Plans…FirstOrDefault().Child</c>) is the parent itself (<see cref="ConditionAlgebra"/>).
/// </remarks>
internal static class ProjectionBuilder
{
    private static readonly MethodInfo Where = GetEnumerable(nameof(Enumerable.Where), 2);
    private static readonly MethodInfo Select = GetEnumerable(nameof(Enumerable.Select), 2);
    private static readonly MethodInfo ToList = typeof(Enumerable).GetMethod(nameof(Enumerable.ToList))!;

    private static MethodInfo GetEnumerable(string name, int parameters) => typeof(Enumerable).GetMethods()
        .First(m => m.Name == name && m.GetParameters().Length == parameters
            && m.GetParameters()[1].ParameterType.GetGenericArguments().Length == 2);

    /// <summary>What holds where a row is projected: its source, the condition under which its values may be read, what is known true.</summary>
    private sealed record Scope(Expression Source, Expression? Guard, ConditionAlgebra.Facts Facts, bool PickedFromParent);

    /// <summary>The projection lambda for the root rows and their plan; <paramref name="extra"/> are appended after the mask (cursor columns).</summary>
    public static (LambdaExpression Projection, RowPlan Plan) Build(EntityType entity, OrderedDictionary<string, List<FieldNode>> selection,
        DataRequest request, IReadOnlyList<LambdaExpression>? extra = null)
    {
        var x = Expression.Parameter(entity.ClrType, "x");
        // Root rows passed the row rule in the query's WHERE: its conjuncts hold for every projected row.
        var facts = ConditionAlgebra.Facts.None;
        if (request.RowFilter(entity) is { } rule) facts = facts.With(Conjuncts(Lambda.Inline(rule, x)));
        var (body, plan) = Project(entity, new Scope(x, null, facts, false), selection, request, extra);
        return (Expression.Lambda(body, x), plan);
    }

    private static (Expression Body, RowPlan Plan) Project(EntityType entity, Scope scope, OrderedDictionary<string, List<FieldNode>> selection,
        DataRequest request, IReadOnlyList<LambdaExpression>? extra)
    {
        var source = scope.Source;
        var plan = new RowPlan(entity);
        var slots = new List<Expression>();
        // Each distinct condition once, with the bits of every field it hides.
        var groups = new List<(Expression Condition, long Bits)>();
        long nextBit = 1;
        foreach (var (key, nodes) in selection)
        {
            var field = entity.GetField(nodes[0].Name.Value);
            if (field is null) continue; // __typename and the like are not data
            var access = request.Access(field, FieldUsage.Select);
            var denied = !access.IsAllowed;
            Expression value;
            RowPlan? child = null;
            long bit = 0;
            Expression? condition = access.Condition is null || denied ? null : Prepare(Lambda.Inline(access.Condition, source), scope, request);
            if (condition is not null && ConditionAlgebra.IsTrue(condition)) condition = null;
            if (condition is not null && ConditionAlgebra.IsFalse(condition))
            {
                denied = true;
                condition = null;
            }
            if (condition is not null)
            {
                if (nextBit == long.MinValue) throw new InvalidOperationException($"More than 63 conditional fields selected on \"{entity.Name}\".");
                bit = nextBit;
                nextBit <<= 1;
                var group = groups.FindIndex(g => ConditionAlgebra.StructuralComparer.Instance.Equals(g.Condition, condition));
                if (group < 0) groups.Add((condition, bit));
                else
                {
                    condition = groups[group].Condition;
                    groups[group] = (condition, groups[group].Bits | bit);
                }
            }
            if (denied)
            {
                value = Expression.Constant(null, typeof(object));
            }
            else
            {
                var raw = Lambda.Inline(field.PerCaller is { } perCaller ? perCaller(request.Caller) : field.Expression, source);
                switch (field.Kind)
                {
                    case EntityFieldKind.Reference:
                    {
                        var target = field.Target!;
                        var sub = SelectionCollector.Collect(target.ObjectType, SelectionCollector.SetsOf(nodes), request);
                        // The related row is shown where it exists and passes its row rule (and read only where the field's
                        // condition holds too; where it does not, the mask bit withholds it). The rule is read over the parent where
                        // it navigates back to it, and what is known of the parent, the condition and the row's own picking
                        // (x.Addresses.Where(a => !a.IsConfidential)…FirstOrDefault() is not confidential) is dropped.
                        var facts = scope.Facts.With(ConditionAlgebra.PickedBy(raw));
                        if (condition is not null) facts = facts.With(Conjuncts(condition));
                        Expression? rule = null;
                        if (request.RowFilter(target) is { } targetRule)
                        {
                            rule = ConditionAlgebra.Assume(ConditionAlgebra.ParentThroughPick(Lambda.Inline(targetRule, raw), request.Model), facts);
                            if (ConditionAlgebra.IsTrue(rule)) rule = null;
                        }
                        var childFacts = rule is null ? facts : facts.With(Conjuncts(rule));
                        var childScope = new Scope(raw, And(scope.Guard, And(rule, condition)), childFacts, true);
                        (var nested, child) = Project(target, childScope, sub, request, null);
                        Expression hide = Expression.Equal(raw, Expression.Constant(null, raw.Type));
                        if (rule is not null) hide = Expression.OrElse(hide, Expression.Not(rule));
                        value = Expression.Condition(hide, Expression.Constant(null, nested.Type), nested);
                        break;
                    }
                    case EntityFieldKind.List:
                    {
                        var target = field.Target!;
                        var element = target.ClrType;
                        var sub = SelectionCollector.Collect(target.ObjectType, SelectionCollector.SetsOf(nodes), request);
                        var p = Expression.Parameter(element, "e" + slots.Count);
                        // An element of x.Items is about x's child when Items has an inverse (e.Child is x): x's facts hold over it.
                        // Not under a guard: a list is read even where the reference above it is withheld, and there the facts
                        // that came from the reference's rule and condition do not hold, so the list keeps its whole row rule.
                        var facts = ConditionAlgebra.Facts.None;
                        if (scope.Guard is null && InverseOf(raw, request) is { } inverse)
                            facts = scope.Facts.Over(source, Expression.MakeMemberAccess(p, inverse));
                        Expression items = raw;
                        if (request.RowFilter(target) is { } rule)
                        {
                            var body = ConditionAlgebra.Assume(Lambda.Inline(rule, p), facts);
                            if (!ConditionAlgebra.IsTrue(body)) items = Expression.Call(Where.MakeGenericMethod(element), items, Expression.Lambda(body, p));
                            facts = facts.With(Conjuncts(body));
                        }
                        (var nested, child) = Project(target, new Scope(p, null, facts, false), sub, request, null);
                        var (where, order) = ListArguments(field, nodes[0], request);
                        if (where is not null && new FilterBuilder(request).BuildLambda(target, where) is { } filter)
                            items = Expression.Call(Where.MakeGenericMethod(element), items, filter);
                        // A conditional list is not narrowed by the parent's condition here: a parent-correlated
                        // predicate inside a collection projection needs APPLY, which SQLite lacks. The mask bit
                        // makes the resolver drop the list where it is hidden, before anything reaches the client.
                        var columns = new SortBuilder(request).Build(target, order);
                        for (int c = 0; c < columns.Count; c++)
                        {
                            var method = (c == 0 ? "OrderBy" : "ThenBy") + (columns[c].Descending ? "Descending" : "");
                            items = Expression.Call(typeof(Enumerable), method, [element, columns[c].Value.ReturnType], items, columns[c].Value);
                        }
                        items = Expression.Call(Select.MakeGenericMethod(element, typeof(object?[])), items, Expression.Lambda(nested, p));
                        value = Expression.Call(ToList.MakeGenericMethod(typeof(object?[])), items);
                        break;
                    }
                    default:
                        value = Guarded(raw, And(scope.Guard, condition));
                        break;
                }
            }
            plan.SlotByKey[key] = slots.Count;
            plan.Slots.Add(new Slot(field, denied, bit, child));
            slots.Add(value.Type == typeof(object) ? value : Expression.Convert(value, typeof(object)));
        }
        Expression? mask = null;
        foreach (var (condition, bits) in groups)
        {
            var flag = Expression.Condition(condition, Expression.Constant(0L), Expression.Constant(bits));
            mask = mask is null ? flag : Expression.Or(mask, flag);
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

    /// <summary>A policy condition over this row, read over the parent where it navigates back to it, with what is known dropped.</summary>
    private static Expression Prepare(Expression condition, Scope scope, DataRequest request)
    {
        if (scope.PickedFromParent) condition = ConditionAlgebra.ParentThroughPick(condition, request.Model);
        return ConditionAlgebra.Assume(condition, scope.Facts);
    }

    /// <summary>
    /// A scalar value read only where <paramref name="guard"/> holds: <c>CASE WHEN guard THEN value END</c> in SQL. Values SQL
    /// cannot put in a CASE (a list of values) are read and dropped on the client where hidden (the mask keeps them from the response).
    /// </summary>
    private static Expression Guarded(Expression raw, Expression? guard)
    {
        if (guard is null) return Box(raw);
        var type = raw.Type;
        if (type != typeof(string) && type != typeof(byte[]) && typeof(System.Collections.IEnumerable).IsAssignableFrom(type))
            return Expression.Condition(guard, Box(raw), Expression.Constant(null, typeof(object)));
        var nullable = type.IsValueType && Nullable.GetUnderlyingType(type) is null ? typeof(Nullable<>).MakeGenericType(type) : type;
        return Box(Expression.Condition(guard, raw.Type == nullable ? raw : Expression.Convert(raw, nullable), Expression.Constant(null, nullable)));
    }

    private static Expression? And(Expression? a, Expression? b) => a is null ? b : b is null ? a : Expression.AndAlso(a, b);

    private static List<Expression> Conjuncts(Expression condition)
    {
        var list = new List<Expression>();
        ConditionAlgebra.Conjuncts(condition, list);
        return list;
    }

    /// <summary>The inverse navigation of a list field that is a plain collection navigation (<c>x.Plans</c> → <c>Plan.Child</c>).</summary>
    private static PropertyInfo? InverseOf(Expression raw, DataRequest request)
    {
        if (request.Model is not { } model || raw is not MemberExpression { Expression: { } owner } collection) return null;
        var navigation = model.FindEntityType(owner.Type)?.FindNavigation(collection.Member);
        return navigation is { IsCollection: true, Inverse.PropertyInfo: { } inverse } ? inverse : null;
    }

    /// <summary>The coerced <c>where</c> and <c>order</c> arguments of a list field as written in the query.</summary>
    private static (IReadOnlyDictionary<string, object?>? Where, IReadOnlyList<object?>? Order) ListArguments(EntityField field, FieldNode node, DataRequest request)
    {
        IReadOnlyDictionary<string, object?>? where = null;
        IReadOnlyList<object?>? order = null;
        var definition = field.DeclaringType.ObjectType.GetField(field.Name)!;
        foreach (var argument in node.Arguments)
        {
            var arg = definition.GetArgument(argument.Name.Value);
            if (arg is null || !ValueFromAst.TryGetValue(argument.Value, arg.Type, request.Variables, out var value)) continue;
            if (arg.Name == "where") where = value as IReadOnlyDictionary<string, object?>;
            else if (arg.Name == "order") order = value as IReadOnlyList<object?>;
        }
        return (where, order);
    }

    private static Expression Box(Expression e) => e.Type == typeof(object) ? e : Expression.Convert(e, typeof(object));
}
