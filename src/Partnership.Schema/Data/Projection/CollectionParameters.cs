using System.Collections;
using System.Linq.Expressions;
using System.Reflection;

namespace Partnership.Schema.Data.Projection;

/// <summary>
/// Rewrites <c>list.Contains(x)</c> over an in-memory list (a value the query captured: the caller's councils, the NHS numbers
/// it looked up, the ids it asked for) into <c>x == @p1 || x == @p2 …</c>, one scalar parameter per element.
/// </summary>
/// <remarks>
/// EF Core cannot cache the SQL of a statement whose parameter is a list (it expands the list into the SQL text each time),
/// so every policy query — the row rules name the caller's councils — was regenerated from its expression tree on every
/// request. Scalar parameters keep the SQL cacheable. The list is padded to a power of two (repeating its last element) so a
/// query compiles once per size bucket, not once per length; longer lists are left to EF Core.
/// </remarks>
internal static class CollectionParameters
{
    /// <summary>Longest list rewritten; a longer one stays a list parameter.</summary>
    public const int MaxElements = 128;

    public static Expression Expand(Expression expression) => new Expander().Visit(expression);

    private sealed class Expander : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.Name == nameof(Enumerable.Contains) && Split(node) is var (list, item) && IsSimple(item)
                && TryEvaluate(list, out var value) && value is IEnumerable values and not string and not IQueryable)
            {
                var elements = new List<object?>();
                foreach (var v in values)
                {
                    if (elements.Count == MaxElements) return base.VisitMethodCall(node);
                    elements.Add(v);
                }
                if (elements.Count == 0) return Expression.Constant(false);
                var size = 1;
                while (size < elements.Count) size <<= 1;
                Expression? any = null;
                try
                {
                    for (int i = 0; i < size; i++)
                    {
                        var equal = Expression.Equal(item, Lambda.Parameter(elements[Math.Min(i, elements.Count - 1)], item.Type));
                        any = any is null ? equal : Expression.OrElse(any, equal);
                    }
                }
                catch (InvalidOperationException)
                {
                    return base.VisitMethodCall(node); // no == for the element type: leave it to EF Core
                }
                return any!;
            }
            return base.VisitMethodCall(node);
        }

        /// <summary>The list and the item of <c>Enumerable.Contains(list, item)</c> or <c>list.Contains(item)</c>.</summary>
        private static (Expression List, Expression Item)? Split(MethodCallExpression node)
        {
            if (node.Object is null && node.Arguments.Count == 2 && node.Method.DeclaringType == typeof(Enumerable))
                return (node.Arguments[0], node.Arguments[1]);
            if (node.Object is not null && node.Arguments.Count == 1 && typeof(IEnumerable).IsAssignableFrom(node.Object.Type)
                && node.Object.Type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollection<>)
                    && i.GetGenericArguments()[0] == node.Arguments[0].Type))
                return (node.Object, node.Arguments[0]);
            return null;
        }

        // The item is repeated once per element: only a column (member chain over the row), never a subquery.
        private static bool IsSimple(Expression e) => e switch
        {
            ParameterExpression => true,
            MemberExpression m => m.Expression is not null && IsSimple(m.Expression),
            UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } u => IsSimple(u.Operand),
            _ => false,
        };

        /// <summary>Evaluates a captured value: a constant, or fields and properties read from one (closures), or a static member.</summary>
        private static bool TryEvaluate(Expression e, out object? value)
        {
            value = null;
            switch (e)
            {
                case ConstantExpression c:
                    value = c.Value;
                    return true;
                case MemberExpression m:
                    object? target = null;
                    if (m.Expression is not null && !TryEvaluate(m.Expression, out target)) return false;
                    if (m.Expression is not null && target is null) return false;
                    value = m.Member switch
                    {
                        FieldInfo f => f.GetValue(target),
                        PropertyInfo p when p.GetIndexParameters().Length == 0 => p.GetValue(target),
                        _ => null,
                    };
                    return m.Member is FieldInfo or PropertyInfo;
                case UnaryExpression { NodeType: ExpressionType.Convert } u when !u.Type.IsValueType:
                    return TryEvaluate(u.Operand, out value);
                default:
                    return false;
            }
        }
    }
}
