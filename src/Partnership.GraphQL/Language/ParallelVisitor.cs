using System.Collections.Concurrent;
using System.Reflection;

namespace Partnership.GraphQL.Language;

/// <summary>
/// Runs several visitors in one traversal (graphql-js <c>visitInParallel</c>). Each visitor skips and breaks on its
/// own: a visitor that skips a node hears nothing more until that node is left; one that breaks hears nothing more.
/// A visitor is called only for the node kinds whose Enter/Leave methods it overrides (or for all kinds when it
/// overrides the general <see cref="ASTVisitor.Enter"/>/<see cref="ASTVisitor.Leave"/>). An instance holds the
/// state of one traversal at a time: reuse it for another document, but not from two threads at once. The per-kind
/// lookup tables are built once per sequence of visitor types (a validation rule set) and shared.
/// </summary>
public sealed class ParallelVisitor : ASTVisitor
{
    private static readonly ConcurrentDictionary<Type, (ulong Enter, ulong Leave)> KindMasks = new();
    private static readonly int KindCount = Enum.GetValues<NodeKind>().Length;

    // The lookup tables depend only on the visitors' types, so every validation with the same rule set shares one
    // Layout. Most recently built first; copy-on-write, so lookups take no lock.
    private const int MaxLayouts = 16;
    private static Layout[] s_layouts = [];
    private static readonly Lock LayoutLock = new();

    private readonly ASTVisitor[] _visitors;
    private readonly int[][] _byKind;      // per kind: the visitors with an Enter or a Leave for it
    private readonly ulong[] _enterMasks;
    private readonly ulong[] _leaveMasks;
    private readonly Node?[] _skipping;    // null: active; a node: skipping until it is left; BreakMarker: done
    private int _broken;

    private static readonly Node BreakMarker = new NullValueNode();

    public ParallelVisitor(IReadOnlyList<ASTVisitor> visitors)
    {
        ArgumentNullException.ThrowIfNull(visitors);
        _visitors = new ASTVisitor[visitors.Count];
        for (int i = 0; i < _visitors.Length; i++) _visitors[i] = visitors[i];
        _skipping = new Node?[_visitors.Length];
        var layout = LayoutFor(_visitors);
        _byKind = layout.ByKind;
        _enterMasks = layout.EnterMasks;
        _leaveMasks = layout.LeaveMasks;
    }

    private static Layout LayoutFor(ASTVisitor[] visitors)
    {
        foreach (var cached in Volatile.Read(ref s_layouts))
        {
            if (cached.Matches(visitors)) return cached;
        }
        var created = new Layout(visitors);
        lock (LayoutLock)
        {
            var current = s_layouts;
            var next = new Layout[Math.Min(current.Length + 1, MaxLayouts)];
            next[0] = created;
            Array.Copy(current, 0, next, 1, next.Length - 1);
            Volatile.Write(ref s_layouts, next);
        }
        return created;
    }

    /// <summary>For one sequence of visitor types: each one's Enter/Leave kind masks, and per kind who listens.</summary>
    private sealed class Layout
    {
        private readonly Type[] _types;

        public Layout(ASTVisitor[] visitors)
        {
            _types = new Type[visitors.Length];
            EnterMasks = new ulong[visitors.Length];
            LeaveMasks = new ulong[visitors.Length];
            for (int i = 0; i < visitors.Length; i++)
            {
                _types[i] = visitors[i].GetType();
                (EnterMasks[i], LeaveMasks[i]) = KindMasks.GetOrAdd(_types[i], ComputeMasks);
            }
            ByKind = new int[KindCount][];
            var buffer = new List<int>();
            for (int k = 0; k < KindCount; k++)
            {
                buffer.Clear();
                ulong bit = 1UL << k;
                for (int i = 0; i < visitors.Length; i++)
                {
                    if (((EnterMasks[i] | LeaveMasks[i]) & bit) != 0) buffer.Add(i);
                }
                ByKind[k] = buffer.Count == 0 ? [] : buffer.ToArray();
            }
        }

        public ulong[] EnterMasks { get; }
        public ulong[] LeaveMasks { get; }
        public int[][] ByKind { get; }

        public bool Matches(ASTVisitor[] visitors)
        {
            if (visitors.Length != _types.Length) return false;
            for (int i = 0; i < visitors.Length; i++)
            {
                if (visitors[i].GetType() != _types[i]) return false;
            }
            return true;
        }
    }

    public override VisitAction Enter(Node node, VisitorContext context)
    {
        if (context.Parent is null)
        {
            // A new traversal: forget skips and breaks from the last one, so one instance can be reused.
            Array.Clear(_skipping);
            _broken = 0;
        }
        var interested = _byKind[(int)node.Kind];
        ulong bit = 1UL << (int)node.Kind;
        for (int j = 0; j < interested.Length; j++)
        {
            int i = interested[j];
            if (_skipping[i] is not null || (_enterMasks[i] & bit) == 0) continue;
            switch (_visitors[i].Enter(node, context))
            {
                case VisitAction.Skip:
                    _skipping[i] = node;
                    break;
                case VisitAction.Break:
                    _skipping[i] = BreakMarker;
                    _broken++;
                    break;
            }
        }
        return _broken == _visitors.Length ? VisitAction.Break : VisitAction.Continue;
    }

    public override VisitAction Leave(Node node, VisitorContext context)
    {
        var interested = _byKind[(int)node.Kind];
        ulong bit = 1UL << (int)node.Kind;
        for (int j = 0; j < interested.Length; j++)
        {
            int i = interested[j];
            var skipping = _skipping[i];
            if (skipping is null)
            {
                if ((_leaveMasks[i] & bit) != 0 && _visitors[i].Leave(node, context) == VisitAction.Break)
                {
                    _skipping[i] = BreakMarker;
                    _broken++;
                }
            }
            else if (ReferenceEquals(skipping, node))
            {
                _skipping[i] = null;
            }
        }
        return _broken == _visitors.Length ? VisitAction.Break : VisitAction.Continue;
    }

    /// <summary>Which kinds a visitor type handles, from the methods it overrides.</summary>
    private static (ulong Enter, ulong Leave) ComputeMasks(Type type)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance;
        Type[] general = [typeof(Node), typeof(VisitorContext)];
        ulong all = KindCount == 64 ? ulong.MaxValue : (1UL << KindCount) - 1;
        ulong enter = Overrides(type.GetMethod(nameof(Enter), flags, general)) ? all : 0;
        ulong leave = Overrides(type.GetMethod(nameof(Leave), flags, general)) ? all : 0;
        foreach (var kind in Enum.GetValues<NodeKind>())
        {
            var baseEnter = typeof(ASTVisitor).GetMethod("Enter" + kind, flags);
            if (baseEnter is null) continue;
            Type[] parameters = [baseEnter.GetParameters()[0].ParameterType, typeof(VisitorContext)];
            if (Overrides(type.GetMethod("Enter" + kind, flags, parameters))) enter |= 1UL << (int)kind;
            if (Overrides(type.GetMethod("Leave" + kind, flags, parameters))) leave |= 1UL << (int)kind;
        }
        return (enter, leave);
    }

    private static bool Overrides(MethodInfo? method) => method is not null && method.DeclaringType != typeof(ASTVisitor);
}
