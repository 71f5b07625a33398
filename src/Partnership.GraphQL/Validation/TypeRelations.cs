using Partnership.GraphQL.Types;

namespace Partnership.GraphQL.Validation;

/// <summary>graphql-js's <c>typeComparators</c>: sub-typing and overlap of types, as the validation rules need them.</summary>
internal static class TypeRelations
{
    /// <summary>graphql-js <c>isTypeSubTypeOf</c>.</summary>
    public static bool IsTypeSubTypeOf(GraphQLSchema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        while (true)
        {
            if (ReferenceEquals(maybeSubType, superType) || maybeSubType.Equals(superType)) return true;
            if (superType is NonNullType superNonNull)
            {
                if (maybeSubType is not NonNullType subNonNull) return false;
                maybeSubType = subNonNull.OfType;
                superType = superNonNull.OfType;
                continue;
            }
            if (maybeSubType is NonNullType sub)
            {
                maybeSubType = sub.OfType;
                continue;
            }
            if (superType is ListType superList)
            {
                if (maybeSubType is not ListType subList) return false;
                maybeSubType = subList.OfType;
                superType = superList.OfType;
                continue;
            }
            if (maybeSubType is ListType) return false;
            return superType is IAbstractType abstractType
                && maybeSubType is InterfaceType or ObjectType
                && schema.IsSubType(abstractType, (NamedType)maybeSubType);
        }
    }

    /// <summary>graphql-js <c>doTypesOverlap</c>: whether some object type could be of both composite types.</summary>
    public static bool DoTypesOverlap(GraphQLSchema schema, GraphQLType typeA, GraphQLType typeB)
    {
        if (ReferenceEquals(typeA, typeB)) return true;
        if (typeA is IAbstractType abstractA)
        {
            if (typeB is IAbstractType abstractB)
            {
                foreach (var possible in schema.GetPossibleTypes(abstractA))
                {
                    if (schema.IsSubType(abstractB, possible)) return true;
                }
                return false;
            }
            return schema.IsSubType(abstractA, (NamedType)typeB);
        }
        if (typeB is IAbstractType abstractOfB) return schema.IsSubType(abstractOfB, (NamedType)typeA);
        return false;
    }
}
