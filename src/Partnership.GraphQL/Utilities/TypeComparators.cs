using Partnership.GraphQL.Types;

namespace Partnership.GraphQL.Utilities;

/// <summary>graphql-js <c>isEqualType</c>, <c>isTypeSubTypeOf</c>, <c>doTypesOverlap</c>.</summary>
public static class TypeComparators
{
    /// <summary>The same named type under the same wrappers.</summary>
    public static bool IsEqualType(GraphQLType a, GraphQLType b) => (a, b) switch
    {
        _ when ReferenceEquals(a, b) => true,
        (NonNullType x, NonNullType y) => IsEqualType(x.OfType, y.OfType),
        (ListType x, ListType y) => IsEqualType(x.OfType, y.OfType),
        _ => false,
    };

    /// <summary>True when a value of <paramref name="maybeSubType"/> is valid where <paramref name="superType"/> is expected.</summary>
    public static bool IsTypeSubTypeOf(GraphQLSchema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        if (ReferenceEquals(maybeSubType, superType)) return true;
        if (superType is NonNullType superNonNull)
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        if (maybeSubType is NonNullType nonNull) return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        if (superType is ListType superList)
            return maybeSubType is ListType subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        if (maybeSubType is ListType) return false;
        return superType is IAbstractType abstractType
            && maybeSubType is InterfaceType or ObjectType
            && schema.IsSubType(abstractType, (NamedType)maybeSubType);
    }

    /// <summary>True when some object type could be both <paramref name="typeA"/> and <paramref name="typeB"/> (composite types).</summary>
    public static bool DoTypesOverlap(GraphQLSchema schema, NamedType typeA, NamedType typeB)
    {
        if (ReferenceEquals(typeA, typeB)) return true;
        if (typeA is IAbstractType abstractA)
        {
            if (typeB is IAbstractType abstractB)
            {
                foreach (var t in schema.GetPossibleTypes(abstractB))
                {
                    if (schema.IsSubType(abstractA, t)) return true;
                }
                return false;
            }
            return schema.IsSubType(abstractA, typeB);
        }
        if (typeB is IAbstractType abstractTypeB) return schema.IsSubType(abstractTypeB, typeA);
        return false;
    }
}
