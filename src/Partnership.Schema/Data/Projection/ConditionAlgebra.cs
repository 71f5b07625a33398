using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;

namespace Partnership.Schema.Data.Projection;

/// <summary>
/// Rewrites that make the policy's SQL smaller without changing what it means: a navigation back to the parent through a
/// picked row is the parent itself; a condition already known to hold is <c>true</c>; conditions equal in structure are one.
/// </summary>
internal static class ConditionAlgebra
{
    private static readonly HashSet<string> Pickers = ["FirstOrDefault", "First", "SingleOrDefault", "Single", "LastOrDefault", "Last"];
    private static readonly HashSet<string> Narrowers = ["Where", "OrderBy", "OrderByDescending", "ThenBy", "ThenByDescending", "Skip", "Take", "AsQueryable"];

    /// <summary>
    /// <c>x.Items.Where(…).OrderBy(…).FirstOrDefault().Owner</c> → <c>x</c>, where <c>Owner</c> is the inverse of the collection
    /// navigation <c>Items</c> in the EF Core model. Sound only where the picked row is known not to be null (a reference's
    /// projection runs only when its row exists), so it is applied to those parts alone.
    /// </summary>
    public static Expression ParentThroughPick(Expression expression, IModel? model) =>
        model is null ? expression : new InverseNavigations(model).Visit(expression);

    private sealed class InverseNavigations(IModel model) : ExpressionVisitor
    {
        protected override Expression VisitMember(MemberExpression node)
        {
            var inner = node.Expression is null ? null : Visit(node.Expression);
            if (inner is MethodCallExpression pick && pick.Method.DeclaringType == typeof(Enumerable) && Pickers.Contains(pick.Method.Name)
                && pick.Arguments.Count == 1 && CollectionOwner(pick.Arguments[0], node.Member) is { } owner)
                return owner;
            return node.Update(inner);
        }

        // The x of x.Collection(.Where/.OrderBy…)* when `member` is the inverse navigation of Collection.
        private Expression? CollectionOwner(Expression source, MemberInfo member)
        {
            while (source is MethodCallExpression call && call.Method.DeclaringType == typeof(Enumerable) && Narrowers.Contains(call.Method.Name))
                source = call.Arguments[0];
            if (source is not MemberExpression { Expression: { } owner } collection) return null;
            var navigation = model.FindEntityType(owner.Type)?.FindNavigation(collection.Member);
            return navigation is { IsCollection: true, Inverse.PropertyInfo: { } inverse } && inverse == member ? owner : null;
        }
    }

    /// <summary>What a picked row satisfies: the predicates of the <c>Where</c>s it was picked from, over the picked row.</summary>
    public static IEnumerable<Expression> PickedBy(Expression picked)
    {
        if (picked is not MethodCallExpression pick || pick.Method.DeclaringType != typeof(Enumerable) || !Pickers.Contains(pick.Method.Name)
            || pick.Arguments.Count != 1)
            yield break;
        var source = pick.Arguments[0];
        while (source is MethodCallExpression call && call.Method.DeclaringType == typeof(Enumerable) && Narrowers.Contains(call.Method.Name))
        {
            if (call.Method.Name == "Where" && call.Arguments[1] is LambdaExpression { Parameters.Count: 1 } predicate)
            {
                var conjuncts = new List<Expression>();
                Conjuncts(Lambda.Inline(predicate, picked), conjuncts);
                foreach (var c in conjuncts) yield return c;
            }
            source = call.Arguments[0];
        }
    }

    /// <summary>The conjuncts of a condition (<c>a &amp;&amp; (b &amp;&amp; c)</c> → a, b, c).</summary>
    public static void Conjuncts(Expression condition, List<Expression> into)
    {
        if (condition is BinaryExpression { NodeType: ExpressionType.AndAlso } and)
        {
            Conjuncts(and.Left, into);
            Conjuncts(and.Right, into);
        }
        else into.Add(condition);
    }

    /// <summary>
    /// Replaces every part of <paramref name="condition"/> equal in structure to a known fact by <c>true</c> and folds the
    /// constants (<c>true &amp;&amp; x</c> → x, <c>true || x</c> → true, <c>!true</c> → false).
    /// </summary>
    public static Expression Assume(Expression condition, Facts facts) => facts.IsEmpty ? condition : new Assumer(facts).Visit(condition)!;

    private sealed class Assumer(Facts facts) : ExpressionVisitor
    {
        private readonly ShapeHash _hash = new();

        public override Expression? Visit(Expression? node)
        {
            if (node is null) return null;
            if (node.Type == typeof(bool) && node.NodeType != ExpressionType.Constant && facts.Holds(node, _hash)) return True;
            return base.Visit(node);
        }

        protected override Expression VisitBinary(BinaryExpression node)
        {
            var left = Visit(node.Left)!;
            var right = Visit(node.Right)!;
            switch (node.NodeType)
            {
                case ExpressionType.AndAlso:
                    if (IsTrue(left)) return right;
                    if (IsTrue(right)) return left;
                    if (IsFalse(left) || IsFalse(right)) return False;
                    break;
                case ExpressionType.OrElse:
                    if (IsTrue(left) || IsTrue(right)) return True;
                    if (IsFalse(left)) return right;
                    if (IsFalse(right)) return left;
                    break;
            }
            return node.Update(left, node.Conversion, right);
        }

        protected override Expression VisitUnary(UnaryExpression node)
        {
            var operand = Visit(node.Operand)!;
            if (node.NodeType == ExpressionType.Not && operand is ConstantExpression { Value: bool b }) return b ? False : True;
            return node.Update(operand);
        }

        protected override Expression VisitLambda<T>(Expression<T> node) => node; // a subquery's own predicate is not about this row
    }

    public static readonly ConstantExpression True = Expression.Constant(true), False = Expression.Constant(false);

    public static bool IsTrue(Expression e) => e is ConstantExpression { Value: true };

    public static bool IsFalse(Expression e) => e is ConstantExpression { Value: false };

    /// <summary>What is known to hold for the row being projected (its row rule, and its parent's where the parent is the same row).</summary>
    internal sealed class Facts
    {
        private readonly List<(Expression Canonical, int Hash)> _facts = [];
        private readonly HashSet<int> _shapes = [];

        public static Facts None { get; } = new();

        public bool IsEmpty => _facts.Count == 0;

        public Facts With(IEnumerable<Expression> conditions)
        {
            var result = new Facts();
            result._facts.AddRange(_facts);
            result._shapes.UnionWith(_shapes);
            var shape = new ShapeHash();
            foreach (var c in conditions)
            {
                if (c is ConstantExpression) continue;
                var canonical = Canonical.Of(c);
                result._facts.Add((canonical, ExpressionEqualityComparer.Instance.GetHashCode(canonical)));
                result._shapes.Add(shape.Of(c));
            }
            return result;
        }

        /// <summary>The facts about <paramref name="row"/> restated about <paramref name="same"/>, an expression for the same row.</summary>
        public Facts Over(Expression row, Expression same)
        {
            var result = new Facts();
            var shape = new ShapeHash();
            foreach (var (fact, _) in _facts)
            {
                var restated = new Replace(row, same).Visit(fact)!;
                result._facts.Add((restated, ExpressionEqualityComparer.Instance.GetHashCode(restated)));
                result._shapes.Add(shape.Of(restated));
            }
            return result;
        }

        public bool Holds(Expression condition, ShapeHash shape)
        {
            if (!_shapes.Contains(shape.Of(condition))) return false; // cheap: most parts of a condition are no fact
            var canonical = Canonical.Of(condition);
            var hash = ExpressionEqualityComparer.Instance.GetHashCode(canonical);
            foreach (var (fact, h) in _facts)
                if (h == hash && ExpressionEqualityComparer.Instance.Equals(fact, canonical)) return true;
            return false;
        }
    }

    private sealed class Replace(Expression from, Expression to) : ExpressionVisitor
    {
        public override Expression? Visit(Expression? node) => node == from ? to : base.Visit(node);
    }

    /// <summary>
    /// Compares conditions by structure, reading captured values (closure fields) so two conditions built by separate calls
    /// of the policy over the same caller are equal.
    /// </summary>
    internal sealed class StructuralComparer : IEqualityComparer<Expression>
    {
        public static StructuralComparer Instance { get; } = new();

        public bool Equals(Expression? x, Expression? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && ExpressionEqualityComparer.Instance.Equals(Canonical.Of(x), Canonical.Of(y)));

        public int GetHashCode(Expression e) => ExpressionEqualityComparer.Instance.GetHashCode(Canonical.Of(e));
    }

    /// <summary>
    /// A hash that agrees with <see cref="Canonical"/> equality (equal canonical forms hash alike), computed bottom-up once per
    /// node, so testing every part of a condition against the facts does not re-read whole subtrees.
    /// </summary>
    internal sealed class ShapeHash
    {
        private readonly Dictionary<Expression, int> _memo = new(ReferenceEqualityComparer.Instance);

        public int Of(Expression? e)
        {
            if (e is null) return 0;
            if (_memo.TryGetValue(e, out var h)) return h;
            h = e switch
            {
                ConstantExpression c => Value(c.Type, c.Value),
                MemberExpression m when Canonical.TryEvaluate(m, out var v) => Value(m.Type, v),
                MemberExpression m => HashCode.Combine(e.NodeType, m.Member, Of(m.Expression)),
                BinaryExpression b => HashCode.Combine(e.NodeType, e.Type, b.Method, Of(b.Left), Of(b.Right)),
                UnaryExpression u => HashCode.Combine(e.NodeType, e.Type, u.Method, Of(u.Operand)),
                MethodCallExpression call => Arguments(HashCode.Combine(e.NodeType, call.Method, Of(call.Object)), call.Arguments),
                LambdaExpression l => HashCode.Combine(e.NodeType, e.Type, l.Parameters.Count, Of(l.Body)),
                ConditionalExpression c => HashCode.Combine(e.NodeType, e.Type, Of(c.Test), Of(c.IfTrue), Of(c.IfFalse)),
                TypeBinaryExpression t => HashCode.Combine(e.NodeType, t.TypeOperand, Of(t.Expression)),
                _ => HashCode.Combine(e.NodeType, e.Type),
            };
            _memo[e] = h;
            return h;
        }

        private int Arguments(int seed, IReadOnlyList<Expression> arguments)
        {
            foreach (var a in arguments) seed = HashCode.Combine(seed, Of(a));
            return seed;
        }

        // A captured list compares by reference in the equality check; its hash need only agree, so lists hash by type alone.
        private static int Value(Type type, object? value) =>
            HashCode.Combine(ExpressionType.Constant, type, value is null or (System.Collections.IEnumerable and not string) ? 0 : value.GetHashCode());
    }

    /// <summary>The expression with every captured value (a field or property read from a constant) replaced by the value itself.</summary>
    private sealed class Canonical : ExpressionVisitor
    {
        private static readonly Canonical Instance = new();

        public static Expression Of(Expression e) => Instance.Visit(e);

        protected override Expression VisitMember(MemberExpression node) =>
            TryEvaluate(node, out var value) ? Expression.Constant(value, node.Type) : base.VisitMember(node);

        internal static bool TryEvaluate(Expression e, out object? value)
        {
            value = null;
            switch (e)
            {
                case ConstantExpression c:
                    value = c.Value;
                    return true;
                case MemberExpression { Expression: { } inner, Member: FieldInfo or PropertyInfo } m when TryEvaluate(inner, out var target) && target is not null:
                    if (m.Member is PropertyInfo p && p.GetIndexParameters().Length > 0) return false;
                    value = m.Member is FieldInfo f ? f.GetValue(target) : ((PropertyInfo)m.Member).GetValue(target);
                    return true;
                default:
                    return false;
            }
        }
    }
}
