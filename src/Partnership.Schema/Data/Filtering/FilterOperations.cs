using System.Collections;
using System.Linq.Expressions;
using System.Reflection;

namespace Partnership.Schema.Data.Filtering;

/// <summary>
/// One filter operation (<c>eq</c>, <c>contains</c>, <c>some</c>, …): turns the field's value expression and the
/// operation's input into a condition. Values reach EF Core as parameters, never as literals.
/// </summary>
internal abstract class FilterOperation(string name)
{
    public string Name { get; } = name;

    /// <summary>Whether a null input is meaningful (<c>eq: null</c> is "is null"); else null is an INVALID_FILTER error.</summary>
    public virtual bool AcceptsNull => false;

    public abstract Expression Build(Expression value, object? input, FilterScope scope);

    /// <summary>A typed, parameterised constant of the value's type (Int input on a long column, and so on).</summary>
    protected static Expression Constant(object? input, Type type, FilterScope scope, string operation)
    {
        if (input is null) return Expression.Constant(null, Nullable(type));
        return Projection.Lambda.Parameter(ConvertInput(input, type, scope, operation), type);
    }

    internal static object ConvertInput(object input, Type type, FilterScope scope, string operation)
    {
        var target = System.Nullable.GetUnderlyingType(type) ?? type;
        if (target.IsInstanceOfType(input)) return input;
        if (target == typeof(Guid))
        {
            return input is string s && Guid.TryParse(s, out var g)
                ? g
                : throw DataErrors.InvalidFilterValue(operation, scope.TypeName, "The value is not a valid identifier.");
        }
        if (target.IsEnum) return Enum.ToObject(target, input);
        try { return Convert.ChangeType(input, target, System.Globalization.CultureInfo.InvariantCulture); }
        catch (Exception e) when (e is InvalidCastException or OverflowException or FormatException)
        {
            throw DataErrors.InvalidFilterValue(operation, scope.TypeName, $"It cannot be compared with a value of type {target.Name}.");
        }
    }

    protected static Type Nullable(Type t) => t.IsValueType && System.Nullable.GetUnderlyingType(t) is null ? typeof(Nullable<>).MakeGenericType(t) : t;

    /// <summary>Lifts both sides to the nullable type when one of them is nullable.</summary>
    protected static (Expression, Expression) Lift(Expression a, Expression b)
    {
        if (a.Type == b.Type) return (a, b);
        var type = Nullable(System.Nullable.GetUnderlyingType(a.Type) ?? a.Type);
        return (a.Type == type ? a : Expression.Convert(a, type), b.Type == type ? b : Expression.Convert(b, type));
    }
}

/// <summary>Where an operation is applied: the input type name (for messages) and the builder for nested inputs.</summary>
internal sealed record FilterScope(string TypeName, FilterBuilder Builder, EntityType? Element);

internal sealed class EqualsOperation() : FilterOperation("eq")
{
    public override bool AcceptsNull => true;
    public override Expression Build(Expression value, object? input, FilterScope scope)
    {
        var (a, b) = Lift(value, Constant(input, value.Type, scope, Name));
        return Expression.Equal(a, b);
    }
}

internal sealed class NotEqualsOperation() : FilterOperation("neq")
{
    public override bool AcceptsNull => true;
    public override Expression Build(Expression value, object? input, FilterScope scope)
    {
        var (a, b) = Lift(value, Constant(input, value.Type, scope, Name));
        return Expression.NotEqual(a, b);
    }
}

internal class InOperation(string name = "in") : FilterOperation(name)
{
    public override Expression Build(Expression value, object? input, FilterScope scope)
    {
        var type = value.Type;
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(type))!;
        foreach (var item in (IEnumerable)input!) list.Add(item is null ? null : ConvertInput(item, type, scope, Name));
        var contains = typeof(Enumerable).GetMethods().First(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2)
            .MakeGenericMethod(type);
        return Expression.Call(contains, Projection.Lambda.Parameter(list, list.GetType()), value);
    }
}

internal sealed class NotInOperation() : InOperation("nin")
{
    public override Expression Build(Expression value, object? input, FilterScope scope) => Expression.Not(base.Build(value, input, scope));
}

internal sealed class CompareOperation(string name, ExpressionType comparison) : FilterOperation(name)
{
    public override Expression Build(Expression value, object? input, FilterScope scope)
    {
        var (a, b) = Lift(value, Constant(input, value.Type, scope, Name));
        return Expression.MakeBinary(comparison, a, b);
    }
}

internal sealed class StringOperation(string name, string method) : FilterOperation(name)
{
    private readonly MethodInfo _method = typeof(string).GetMethod(method, [typeof(string)])!;

    public override Expression Build(Expression value, object? input, FilterScope scope) =>
        // A null value never matches (as SQL: NULL LIKE 'x%' is not true).
        Expression.AndAlso(
            Expression.NotEqual(value, Expression.Constant(null, typeof(string))),
            Expression.Call(value, _method, Constant(input, typeof(string), scope, Name)));
}

/// <summary><c>some</c>, <c>none</c>, <c>all</c>, <c>any</c> over a list of related entities (already limited to visible rows).</summary>
internal sealed class ListOperation(string name) : FilterOperation(name)
{
    private static readonly MethodInfo AnyWith = typeof(Enumerable).GetMethods().First(m => m.Name == nameof(Enumerable.Any) && m.GetParameters().Length == 2);
    private static readonly MethodInfo AnyPlain = typeof(Enumerable).GetMethods().First(m => m.Name == nameof(Enumerable.Any) && m.GetParameters().Length == 1);
    private static readonly MethodInfo AllWith = typeof(Enumerable).GetMethods().First(m => m.Name == nameof(Enumerable.All) && m.GetParameters().Length == 2);

    public override Expression Build(Expression list, object? input, FilterScope scope)
    {
        var element = scope.Element!;
        if (Name == "any")
        {
            var any = Expression.Call(AnyPlain.MakeGenericMethod(element.ClrType), list);
            return input is true ? any : Expression.Not(any);
        }
        var p = Expression.Parameter(element.ClrType, "e");
        var condition = Expression.Lambda(scope.Builder.Build(element, p, (IReadOnlyDictionary<string, object?>)input!), p);
        return Name switch
        {
            "some" => Expression.Call(AnyWith.MakeGenericMethod(element.ClrType), list, condition),
            "none" => Expression.Not(Expression.Call(AnyWith.MakeGenericMethod(element.ClrType), list, condition)),
            _ => Expression.Call(AllWith.MakeGenericMethod(element.ClrType), list, condition),
        };
    }
}

internal static class FilterOperations
{
    private static readonly Dictionary<string, FilterOperation> ByName = Create();

    private static Dictionary<string, FilterOperation> Create()
    {
        FilterOperation[] all =
        [
            new EqualsOperation(), new NotEqualsOperation(), new InOperation(), new NotInOperation(),
            new CompareOperation("gt", ExpressionType.GreaterThan), new CompareOperation("gte", ExpressionType.GreaterThanOrEqual),
            new CompareOperation("lt", ExpressionType.LessThan), new CompareOperation("lte", ExpressionType.LessThanOrEqual),
            new StringOperation("contains", nameof(string.Contains)), new StringOperation("startsWith", nameof(string.StartsWith)),
            new StringOperation("endsWith", nameof(string.EndsWith)),
            new ListOperation("some"), new ListOperation("none"), new ListOperation("all"), new ListOperation("any"),
        ];
        var map = new Dictionary<string, FilterOperation>(StringComparer.Ordinal);
        foreach (var op in all) map[op.Name] = op;
        return map;
    }

    public static FilterOperation Get(string name) =>
        ByName.TryGetValue(name, out var op) ? op : throw new InvalidOperationException($"Unknown filter operation \"{name}\".");
}
