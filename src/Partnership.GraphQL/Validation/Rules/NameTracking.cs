using System.Runtime.InteropServices;
using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.Validation.Rules;

/// <summary>The "there can be only one" check the uniqueness rules share: the first node to use a name wins.</summary>
internal static class NameTracking
{
    /// <summary>
    /// The node that used <paramref name="name"/>'s value first, or null after remembering <paramref name="name"/> as
    /// that first node (one dictionary lookup either way).
    /// </summary>
    public static NameNode? Repeats(this Dictionary<string, NameNode> known, NameNode name)
    {
        ref var first = ref CollectionsMarshal.GetValueRefOrAddDefault(known, name.Value, out var exists);
        if (exists) return first;
        first = name;
        return null;
    }
}
