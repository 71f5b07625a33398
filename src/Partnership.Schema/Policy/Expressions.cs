using System.Linq.Expressions;
using Partnership.Schema.Data.Projection;

namespace Partnership.Schema.Policy;

/// <summary>Combines policy conditions (<c>Expression&lt;Func&lt;T, bool&gt;&gt;</c>) so EF Core still translates them.</summary>
internal static class Conditions
{
    public static Expression<Func<T, bool>> True<T>() => _ => true;

    public static Expression<Func<T, bool>> False<T>() => _ => false;

    /// <summary>Or of the conditions; null (no condition: always) when any is null; false for none.</summary>
    public static Expression<Func<T, bool>>? AnyOf<T>(IEnumerable<Expression<Func<T, bool>>?> conditions)
    {
        Expression<Func<T, bool>>? result = null;
        var empty = true;
        foreach (var c in conditions)
        {
            if (c is null) return null;
            if (c.Body is ConstantExpression { Value: false }) continue;
            empty = false;
            result = result is null ? c : Or(result, c);
        }
        return empty ? False<T>() : result;
    }

    public static Expression<Func<T, bool>> Or<T>(Expression<Func<T, bool>> a, Expression<Func<T, bool>> b)
    {
        var p = a.Parameters[0];
        return Expression.Lambda<Func<T, bool>>(Expression.OrElse(a.Body, Lambda.Inline(b, p)), p);
    }

    public static Expression<Func<T, bool>> And<T>(Expression<Func<T, bool>> a, Expression<Func<T, bool>> b)
    {
        var p = a.Parameters[0];
        return Expression.Lambda<Func<T, bool>>(Expression.AndAlso(a.Body, Lambda.Inline(b, p)), p);
    }

    /// <summary>The condition on the related child (or meeting), as a condition on <typeparamref name="T"/>: <c>x =&gt; cond(selector(x))</c>.</summary>
    public static Expression<Func<T, bool>> Over<T, TRelated>(Expression<Func<T, TRelated>> selector, Expression<Func<TRelated, bool>> condition)
    {
        var p = selector.Parameters[0];
        return Expression.Lambda<Func<T, bool>>(Lambda.Inline(condition, selector.Body), p);
    }

    /// <summary><c>x =&gt; items(x).Any(cond)</c>: the condition holds for one of the related rows.</summary>
    public static Expression<Func<T, bool>> Any<T, TItem>(Expression<Func<T, IEnumerable<TItem>>> items, Expression<Func<TItem, bool>> condition) =>
        Expression.Lambda<Func<T, bool>>(Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [typeof(TItem)], items.Body, condition), items.Parameters);

    /// <summary><c>x =&gt; !cond(x)</c>.</summary>
    public static Expression<Func<T, bool>> Not<T>(Expression<Func<T, bool>> condition) =>
        Expression.Lambda<Func<T, bool>>(Expression.Not(condition.Body), condition.Parameters);
}

/// <summary>
/// The request's England date for expressions declared once with the schema (open plans "today"): EF Core reads it as
/// a parameter each time a query runs. Set per request from the injected <see cref="TimeProvider"/>.
/// </summary>
public static class RequestClock
{
    private static readonly AsyncLocal<DateOnly?> Current = new();
    private static readonly AsyncLocal<DateTimeOffset?> CurrentInstant = new();

    public static DateOnly Today => Current.Value ?? DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>The request's instant (a meeting's status: scheduled until it starts).</summary>
    public static DateTimeOffset Now => CurrentInstant.Value ?? DateTimeOffset.UtcNow;

    internal static void Set(DateOnly today) => Current.Value = today;

    internal static void Set(DateOnly today, DateTimeOffset now)
    {
        Current.Value = today;
        CurrentInstant.Value = now;
    }
}
