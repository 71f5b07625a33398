using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using Partnership.Schema.Data.Projection;

namespace Partnership.Schema.Data.Filtering;

/// <summary>
/// Turns a coerced <c>where</c> input into a condition over the entity. Fields the policy denies are a
/// NOT_AUTHORIZED error; a conditional field is compared as null on rows where it is hidden; related rows the
/// caller may not see are left out of references and lists, so a filter never tells hidden data apart.
/// </summary>
internal sealed class FilterBuilder(DataRequest request)
{
    private static readonly MethodInfo Where = typeof(Enumerable).GetMethods()
        .First(m => m.Name == nameof(Enumerable.Where) && m.GetParameters()[1].ParameterType.GetGenericArguments().Length == 2);

    /// <summary>The <c>where</c> argument as <c>Expression&lt;Func&lt;T, bool&gt;&gt;</c>, or null when it selects everything.</summary>
    public LambdaExpression? BuildLambda(EntityType entity, IReadOnlyDictionary<string, object?>? where)
    {
        if (where is null || where.Count == 0) return null;
        var x = Expression.Parameter(entity.ClrType, "x");
        return Expression.Lambda(Build(entity, x, where), x);
    }

    public Expression Build(EntityType entity, Expression source, IReadOnlyDictionary<string, object?> where)
    {
        var typeName = entity.Name + "FilterInput";
        Expression? result = null;
        foreach (var (name, input) in where)
        {
            Expression condition;
            if (name is "and" or "or")
            {
                if (input is null) throw DataErrors.NullNotSupported(name, typeName);
                Expression? combined = null;
                foreach (var item in (IEnumerable)input)
                {
                    var part = Build(entity, source, (IReadOnlyDictionary<string, object?>)item!);
                    combined = combined is null ? part : name == "and" ? Expression.AndAlso(combined, part) : Expression.OrElse(combined, part);
                }
                // An empty "and" selects everything, an empty "or" nothing (the neutral elements).
                condition = combined ?? Expression.Constant(name == "and");
            }
            else
            {
                var field = entity.GetField(name);
                if (field is null || !field.IsFilterable) throw new InvalidOperationException($"\"{entity.Name}.{name}\" is not filterable.");
                if (input is null) throw DataErrors.NullNotSupported(name, typeName);
                condition = BuildField(field, source, (IReadOnlyDictionary<string, object?>)input);
            }
            result = result is null ? condition : Expression.AndAlso(result, condition);
        }
        return result ?? Expression.Constant(true);
    }

    private Expression BuildField(EntityField field, Expression source, IReadOnlyDictionary<string, object?> operations)
    {
        var access = request.Access(field, FieldUsage.Filter);
        if (!access.IsAllowed) throw DataErrors.NotAuthorized(field);
        var value = Lambda.Inline(field.Expression, source);
        var hidden = access.Condition is null ? null : Expression.Not(Lambda.Inline(access.Condition, source));
        switch (field.Kind)
        {
            case EntityFieldKind.Reference:
            {
                var target = field.Target!;
                // Visible reference: present, passing the target's row rule, and the field visible on this row.
                Expression present = Expression.NotEqual(value, Expression.Constant(null, value.Type));
                if (request.RowFilter(target) is { } rule) present = Expression.AndAlso(present, Lambda.Inline(rule, value));
                if (hidden is not null) present = Expression.AndAlso(present, Expression.Not(hidden));
                return Expression.AndAlso(present, Build(target, value, operations));
            }
            case EntityFieldKind.List:
            {
                var target = field.Target!;
                if (request.RowFilter(target) is { } rule)
                    value = Expression.Call(Where.MakeGenericMethod(target.ClrType), value, rule);
                if (hidden is not null) // a hidden list filters as an empty one
                    value = Expression.Call(Where.MakeGenericMethod(target.ClrType), value,
                        Expression.Lambda(Expression.Not(hidden), Expression.Parameter(target.ClrType, "_")));
                return Combine(value, operations, new FilterScope("ListFilterInputTypeOf" + target.Name + "FilterInput", this, target));
            }
            default:
            {
                if (hidden is not null)
                {
                    var type = value.Type.IsValueType && Nullable.GetUnderlyingType(value.Type) is null
                        ? typeof(Nullable<>).MakeGenericType(value.Type) : value.Type;
                    value = Expression.Condition(hidden, Expression.Constant(null, type), value.Type == type ? value : Expression.Convert(value, type));
                }
                var scopeName = DataSchema.OperationInputName(request.Data.OutputTypeOf(field).GetNamedType());
                if (field.Kind == EntityFieldKind.Id) return Combine(value, GlobalIdOperations(field, operations), new FilterScope(scopeName, this, null));
                return Combine(value, operations, new FilterScope(scopeName, this, null));
            }
        }
    }

    private static Expression Combine(Expression value, IReadOnlyDictionary<string, object?> operations, FilterScope scope)
    {
        Expression? result = null;
        foreach (var (name, input) in operations)
        {
            var operation = FilterOperations.Get(name);
            if (input is null && !operation.AcceptsNull) throw DataErrors.NullNotSupported(name, scope.TypeName);
            var condition = operation.Build(value, input, scope);
            result = result is null ? condition : Expression.AndAlso(result, condition);
        }
        return result ?? Expression.Constant(true);
    }

    /// <summary>Filters on <c>id</c> take global ids: decode them to keys of this type (an id of another type matches nothing).</summary>
    private static IReadOnlyDictionary<string, object?> GlobalIdOperations(EntityField field, IReadOnlyDictionary<string, object?> operations)
    {
        var keyType = field.DeclaringType.Key.ReturnType;
        var decoded = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, input) in operations)
        {
            decoded[name] = input switch
            {
                string id => Paging.GlobalId.DecodeKey(id, field.DeclaringType.Name, keyType),
                IEnumerable ids and not string => DecodeAll(ids, field.DeclaringType.Name, keyType),
                _ => input,
            };
        }
        return decoded;
    }

    private static List<object?> DecodeAll(IEnumerable ids, string typeName, Type keyType)
    {
        var keys = new List<object?>();
        foreach (var id in ids) if (id is string s && Paging.GlobalId.DecodeKey(s, typeName, keyType) is { } key) keys.Add(key);
        return keys;
    }
}
