using System.Linq.Expressions;
using System.Security.Claims;

namespace Partnership.Schema.Data;

/// <summary>Where a field is being used, so a policy can treat reading, filtering and sorting differently.</summary>
public enum FieldUsage
{
    /// <summary>The field is selected (projected and returned).</summary>
    Select,
    /// <summary>The field is named in a <c>where</c> argument.</summary>
    Filter,
    /// <summary>The field is named in an <c>order</c> argument.</summary>
    Sort,
}

/// <summary>
/// A policy's decision about one field for one caller: allowed, denied, or allowed only on the rows where a
/// condition (an expression EF Core translates to SQL) holds.
/// </summary>
public sealed class FieldAccess
{
    private FieldAccess(LambdaExpression? condition, bool allowed)
    {
        Condition = condition;
        IsAllowed = allowed;
    }

    /// <summary>Visible on every row the caller can see.</summary>
    public static FieldAccess Allowed { get; } = new(null, true);

    /// <summary>Never visible: selecting it gives null with a <c>NOT_AUTHORIZED</c> error; naming it in a filter or sort is a <c>NOT_AUTHORIZED</c> error.</summary>
    public static FieldAccess Denied { get; } = new(null, false);

    /// <summary>
    /// Visible only on rows where <paramref name="condition"/> holds. Elsewhere a selected value is null with a
    /// <c>NOT_AUTHORIZED</c> error, and filters and sorts see the value as null (never the hidden value).
    /// </summary>
    public static FieldAccess When<T>(Expression<Func<T, bool>> condition) where T : class =>
        new(condition ?? throw new ArgumentNullException(nameof(condition)), true);

    /// <summary>False for <see cref="Denied"/>.</summary>
    public bool IsAllowed { get; }

    /// <summary>The row condition of <see cref="When{T}"/>, over the entity that declares the field.</summary>
    public LambdaExpression? Condition { get; }
}

/// <summary>Who is asking: the request's user, services and per-request state (a policy may cache its view of the caller in <see cref="Items"/>).</summary>
public sealed class DataCaller(ClaimsPrincipal? user, IServiceProvider? services, IDictionary<string, object?>? items = null)
{
    public ClaimsPrincipal? User { get; } = user;

    public IServiceProvider? Services { get; } = services;

    public IDictionary<string, object?> Items { get; } = items ?? new Dictionary<string, object?>();
}

/// <summary>
/// The hooks through which a sharing policy controls every data query. Both hooks are consulted for every
/// entity and field the query touches, whatever resolver or argument touches it, and their expressions run in SQL.
/// Set <see cref="DataOptions.Policy"/> (it wins), or register one in the request services; a query without a policy fails.
/// </summary>
public interface IDataPolicy
{
    /// <summary>
    /// The rows of <paramref name="entity"/> the caller may see, or null for all. Applied inside the query before
    /// filters, sorts, paging and counts, and to nested lists, references and filters on related entities, so a
    /// row the caller may not see does not exist for it.
    /// </summary>
    Expression<Func<T, bool>>? RowFilter<T>(EntityType<T> entity, DataCaller caller) where T : class;

    /// <summary>Whether the caller may see <paramref name="field"/> when used as <paramref name="usage"/> says.</summary>
    FieldAccess Authorize(EntityField field, FieldUsage usage, DataCaller caller);
}

/// <summary>A policy that shows everything: for tests and tools only, never for the hub's schema.</summary>
public sealed class AllowAllPolicy : IDataPolicy
{
    public static AllowAllPolicy Instance { get; } = new();

    public Expression<Func<T, bool>>? RowFilter<T>(EntityType<T> entity, DataCaller caller) where T : class => null;

    public FieldAccess Authorize(EntityField field, FieldUsage usage, DataCaller caller) => FieldAccess.Allowed;
}
