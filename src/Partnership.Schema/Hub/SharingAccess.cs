using System.Linq.Expressions;
using Partnership.Data.Model;
using Partnership.GraphQL.Types;
using Partnership.Schema.Data;
using Partnership.Schema.Data.Projection;
using Partnership.Schema.Policy;

namespace Partnership.Schema;

/// <summary>
/// Why can I see this: the <c>access</c> field of every type whose rows belong to one child. It lists, for the caller's own
/// organisation today, the grants of the sharing policy that open each category of the child, with what they rest on. The
/// answer is the policy's own (<see cref="SharingPolicy.AccessProjection"/>) and is read in the statement that reads the rows,
/// so a page of children costs no extra statement.
/// </summary>
internal static class SharingAccess
{
    public const string Field = "access";

    /// <summary>The output type shared by every <c>access</c> field.</summary>
    public static ObjectType CreateType(DataSchema data) => new("AccessRoute", b =>
    {
        b.Field("category", data.EnumFor(typeof(InformationCategory)).NonNull()).Resolve<HeldGrant>(h => h.Category);
        b.Field("route", data.EnumFor(typeof(SharingRoute)).NonNull(), "The lawful basis an access through it is recorded under.").Resolve<HeldGrant>(h => h.Route);
        b.Field("basis", Scalars.String.NonNull(), "The policy's grant, as docs/sharing-matrix.md names it (e.g. STATUTORY, CONSENT, OWN_PUPILS).")
            .Resolve<HeldGrant>(h => Constant(h.Grant.Basis.ToString()));
        b.Field("scope", Scalars.String.NonNull(), "FULL, or the summary it is limited to (INVOLVEMENT, PUPIL_SUMMARY).").Resolve<HeldGrant>(h => Constant(h.Grant.Scope.ToString()));
        b.Field("meaning", Scalars.String.NonNull(), "What the grant means, in the policy's words.").Resolve<HeldGrant>(h => h.Meaning);
        b.Field("restsOn", Scalars.String, "What it rests on for this child: the plan, the enrolment, the meetings, the consent and who gave it, the emergency grant.")
            .Resolve<HeldGrant>(h => h.RestsOn);
        b.Field("since", DataScalars.DateTime, "When what it rests on began (null: not recorded).").Resolve<HeldGrant>(h => h.Since);
        b.Field("until", DataScalars.DateTime, "When it ends if nothing changes (null: no set end).").Resolve<HeldGrant>(h => h.Until);
    })
    { Description = "A grant of the sharing policy through which the caller's organisation sees a category of the child today." };

    /// <summary>
    /// Adds <c>access</c> to an entity whose rows belong to the child <paramref name="child"/> navigates to, under the category the
    /// row itself exists by (so the field is shown wherever the row is) — reading it is recorded in the audit like the row.
    /// </summary>
    public static EntityFieldDescriptor Add<T>(EntityDescriptor<T> e, Expression<Func<T, Person>> child, ObjectType type, Enum category, bool nonNull = false)
        where T : class
    {
        var field = e.Computed(Field, caller => Over(child, caller), Convert).Type(type.NonNull().List()).Category(category)
            .ListSize(AssumedSize).Cost(Weight)
            .Description("Why the caller's organisation sees this child today: each category it sees, by each grant of the sharing policy that opens it.");
        return nonNull ? field.NonNull() : field;
    }

    /// <summary>
    /// About one grant per category (9). The weight counts per entry (the engine multiplies an item's weight by the list size): each
    /// entry is a grant's condition and facts, correlated subqueries added to the row's statement — an object's worth of work.
    /// </summary>
    private const int AssumedSize = 9, Weight = 1;

    private static Expression<Func<T, object?[]>> Over<T>(Expression<Func<T, Person>> child, DataCaller caller)
    {
        if (!caller.Items.TryGetValue(HubCaller.ContextKey, out var value) || value is not HubCaller c)
            return _ => Array.Empty<object?>(); // no caller sees no row, so nothing is ever read from this
        var body = Lambda.Inline(SharingPolicy.AccessProjection(c), child.Body);
        return Expression.Lambda<Func<T, object?[]>>(body, child.Parameters);
    }

    private static object? Convert(object? raw, IResolveFieldContext ctx) =>
        raw is object?[] row && HubSchema.Caller(ctx) is { } caller ? SharingPolicy.AccessOf(row, caller) : null;

    internal static string Constant(string pascal) =>
        string.Concat(pascal.Select((ch, i) => i > 0 && char.IsUpper(ch) ? "_" + ch : char.ToUpperInvariant(ch).ToString()));
}
