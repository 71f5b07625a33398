using System.Collections;
using System.Linq.Expressions;
using Partnership.Schema.Data.Projection;

namespace Partnership.Schema.Data.Sorting;

/// <summary>One ORDER BY column over the entity: a non-null comparable value, or a nullable one after its null flag.</summary>
internal sealed record SortColumn(LambdaExpression Value, bool Descending, string Path);

/// <summary>
/// Turns a coerced <c>order</c> input into ORDER BY columns, always ending with the key so the order is total
/// (stable pages, stable cursors). Nulls sort first ascending and last descending on every database: a nullable
/// value is preceded by a <c>value == null ? 0 : 1</c> column. Booleans and enums sort as integers.
/// </summary>
internal sealed class SortBuilder(DataRequest request)
{
    public List<SortColumn> Build(EntityType entity, IReadOnlyList<object?>? order)
    {
        var x = Expression.Parameter(entity.ClrType, "x");
        var columns = new List<SortColumn>();
        if (order is not null)
        {
            foreach (var item in order)
            {
                if (item is not IReadOnlyDictionary<string, object?> fields) continue;
                Add(entity, x, x, fields, "", columns);
            }
        }
        Add(columns, x, Lambda.Inline(entity.Key, x), false, "$key");
        return columns;
    }

    private void Add(EntityType entity, ParameterExpression root, Expression source, IReadOnlyDictionary<string, object?> fields, string prefix, List<SortColumn> columns)
    {
        // A coerced input object keeps the type's field order, not the query's, so two fields in one element
        // would sort in an order the client did not write: refuse rather than guess.
        var given = 0;
        foreach (var (_, input) in fields) if (input is not null) given++;
        if (given > 1) throw DataErrors.Create("Each element of `order` must name exactly one field; use one element per field, in priority order.", DataErrorCodes.InvalidSort);
        foreach (var (name, input) in fields)
        {
            if (input is null) continue;
            var field = entity.GetField(name);
            if (field is null || !field.IsSortable) throw new InvalidOperationException($"\"{entity.Name}.{name}\" is not sortable.");
            var access = request.Access(field, FieldUsage.Sort);
            if (!access.IsAllowed) throw DataErrors.NotAuthorized(field);
            var value = Lambda.Inline(field.Expression, source);
            var hidden = access.Condition is null ? null : Expression.Not(Lambda.Inline(access.Condition, source));
            if (field.Kind == EntityFieldKind.Reference)
            {
                var target = field.Target!;
                // Fields of a reference sort as null where the reference is absent, invisible or hidden.
                Expression absent = Expression.Equal(value, Expression.Constant(null, value.Type));
                if (request.RowFilter(target) is { } rule) absent = Expression.OrElse(absent, Expression.Not(Lambda.Inline(rule, value)));
                if (hidden is not null) absent = Expression.OrElse(absent, hidden);
                var nested = new List<SortColumn>();
                Add(target, root, value, (IReadOnlyDictionary<string, object?>)input, prefix + name + ".", nested);
                foreach (var column in nested)
                {
                    var body = column.Value.Body;
                    var nullable = Nullable(body.Type);
                    var masked = Expression.Condition(absent, Expression.Constant(null, nullable), body.Type == nullable ? body : Expression.Convert(body, nullable));
                    columns.Add(column with { Value = Expression.Lambda(masked, root) });
                }
                continue;
            }
            if (hidden is not null)
            {
                var nullable = Nullable(value.Type);
                value = Expression.Condition(hidden, Expression.Constant(null, nullable), value.Type == nullable ? value : Expression.Convert(value, nullable));
            }
            Add(columns, root, value, (SortDirection)input == SortDirection.Descending, prefix + name);
        }
    }

    private static void Add(List<SortColumn> columns, ParameterExpression root, Expression value, bool descending, string path)
    {
        var underlying = System.Nullable.GetUnderlyingType(value.Type);
        var nullable = !value.Type.IsValueType || underlying is not null;
        var plain = underlying ?? value.Type;
        if (nullable && path != "$key")
        {
            var flag = Expression.Condition(Expression.Equal(value, Expression.Constant(null, value.Type)), Expression.Constant(0), Expression.Constant(1));
            columns.Add(new SortColumn(Expression.Lambda(flag, root), descending, path + "$null"));
        }
        if (plain == typeof(bool))
            value = Expression.Condition(Expression.Equal(value, Expression.Constant(true, value.Type)), Expression.Constant(1), Expression.Constant(0));
        else if (plain.IsEnum)
            value = EnumRank(value, plain);
        columns.Add(new SortColumn(Expression.Lambda(value, root), descending, path));
    }

    /// <summary>
    /// An enum's position in its declaration (<c>x.Kind == A ? 0 : x.Kind == B ? 1 : …</c>): translatable however
    /// the column stores the enum (as a number or as a name), and the same order on every database.
    /// </summary>
    private static Expression EnumRank(Expression value, Type enumType)
    {
        var values = Enum.GetValues(enumType);
        Expression rank = Expression.Constant(-1);
        for (int i = values.Length - 1; i >= 0; i--)
        {
            var constant = Expression.Constant(values.GetValue(i), value.Type);
            rank = Expression.Condition(Expression.Equal(value, constant), Expression.Constant(i), rank);
        }
        return rank;
    }

    private static Type Nullable(Type t) => t.IsValueType && System.Nullable.GetUnderlyingType(t) is null ? typeof(Nullable<>).MakeGenericType(t) : t;

    /// <summary>Describes the order for cursor checks: a cursor from another order is invalid.</summary>
    public static string Signature(IReadOnlyList<SortColumn> columns)
    {
        var parts = new string[columns.Count];
        for (int i = 0; i < parts.Length; i++) parts[i] = columns[i].Path + (columns[i].Descending ? "-" : "+");
        return string.Join(",", parts);
    }
}
