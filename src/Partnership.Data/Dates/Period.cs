using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Partnership.Data.Dates;

/// <summary>
/// "Open on a day" has one meaning everywhere (domain.md): start ≤ day and (no end, or end &gt; day) — a plan that ends today is
/// closed today. Write <see cref="IsOpen"/> in memory and inside LINQ queries alike: <see cref="Expander"/> replaces the call
/// with <see cref="Rule"/> before EF Core translates the query, so SQL and C# cannot drift apart.
/// </summary>
public static class Period
{
    /// <summary>The rule, once.</summary>
    public static readonly Expression<Func<DateOnly, DateOnly?, DateOnly, bool>> Rule =
        (start, end, day) => start <= day && (end == null || end > day);

    private static readonly Func<DateOnly, DateOnly?, DateOnly, bool> Compiled = Rule.Compile();

    private static readonly MethodInfo IsOpenMethod = typeof(Period).GetMethod(nameof(IsOpen))!;

    /// <summary>A period from <paramref name="start"/> to <paramref name="end"/> (exclusive; null: open-ended) is open on <paramref name="day"/>.</summary>
    public static bool IsOpen(DateOnly start, DateOnly? end, DateOnly day) => Compiled(start, end, day);

    /// <summary><see cref="IsOpen"/> calls in <paramref name="expression"/> replaced by <see cref="Rule"/>, so a provider can translate them.</summary>
    public static Expression Expand(Expression expression) => new Rewriter().Visit(expression);

    /// <summary>Expands <see cref="IsOpen"/> in every query a context compiles (added to every <c>PartnershipDbContext</c>).</summary>
    public static IQueryExpressionInterceptor Expander { get; } = new Interceptor();

    private sealed class Interceptor : IQueryExpressionInterceptor
    {
        public Expression QueryCompilationStarting(Expression queryExpression, QueryExpressionEventData eventData) => Expand(queryExpression);
    }

    private sealed class Rewriter : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method != IsOpenMethod) return base.VisitMethodCall(node);
            var args = node.Arguments.Select(Visit).ToArray();
            return new Substitute(Rule.Parameters, args!).Visit(Rule.Body);
        }
    }

    private sealed class Substitute(IReadOnlyList<ParameterExpression> from, IReadOnlyList<Expression> to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node)
        {
            for (var i = 0; i < from.Count; i++)
                if (from[i] == node) return to[i];
            return node;
        }
    }
}
