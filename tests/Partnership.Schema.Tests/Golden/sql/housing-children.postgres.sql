-- statement 1
SELECT o."Id", o."Kind", o."LocalAuthorityId"
FROM "Organisations" AS o
WHERE o."Agency" = @agency AND (o."Id" = @id OR o."Urn" = @org OR o."OdsCode" = @org0 OR o."Name" = @org1)
ORDER BY CASE
    WHEN o."Id" = @id THEN 0
    WHEN o."Urn" = @org2 THEN 1
    WHEN o."OdsCode" = @org3 THEN 2
    ELSE 3
END
LIMIT 1

-- statement 2
SELECT s."GivenName", s."FamilyName", CASE
    WHEN EXISTS (
        SELECT 1
        FROM "HouseholdMembers" AS h0
        WHERE s."Id" = h0."PersonId" AND h0."LinkedByAgency" = @agency11 AND h0."LinkedByOrganisationId" = @organisationId12) THEN s."CaseHoldingHubId" IS NOT NULL
END, o."Id" IS NULL, CASE
    WHEN EXISTS (
        SELECT 1
        FROM "HouseholdMembers" AS h1
        WHERE s."Id" = h1."PersonId" AND h1."LinkedByAgency" = @agency11 AND h1."LinkedByOrganisationId" = @organisationId12) THEN o."Name"
END, CASE
    WHEN EXISTS (
        SELECT 1
        FROM "HouseholdMembers" AS h2
        WHERE s."Id" = h2."PersonId" AND h2."LinkedByAgency" = @agency11 AND h2."LinkedByOrganisationId" = @organisationId12) THEN o."Phone"
END, 0, o."Id", CASE
    WHEN EXISTS (
        SELECT 1
        FROM "HouseholdMembers" AS h3
        WHERE s."Id" = h3."PersonId" AND h3."LinkedByAgency" = @agency11 AND h3."LinkedByOrganisationId" = @organisationId12) THEN 0
    ELSE 3
END, s."Id"
FROM (
    SELECT p."Id", p."CaseHoldingHubId", p."FamilyName", p."GivenName"
    FROM "People" AS p
    LEFT JOIN "LocalAuthorities" AS l ON p."LocalAuthorityId" = l."Id"
    WHERE p."Kind" = 'Child' AND p."Kind" = 'Child' AND l."Id" IS NOT NULL AND l."Code" = @Value AND (EXISTS (
        SELECT 1
        FROM "HouseholdMembers" AS h
        WHERE p."Id" = h."PersonId" AND h."LinkedByAgency" = @agency AND h."LinkedByOrganisationId" = @organisationId) OR EXISTS (
        SELECT 1
        FROM "Consents" AS c
        LEFT JOIN "Plans" AS p0 ON c."InvolvementPlanId" = p0."Id"
        WHERE p."Id" = c."ChildId" AND c."GivenAt" <= @at AND (c."WithdrawnAt" IS NULL OR c."WithdrawnAt" > @at4) AND (c."EndsOn" IS NULL OR c."EndsOn" > @day) AND (c."InvolvementPlanId" IS NULL OR (p0."StartDate" <= @day6 AND (p0."EndDate" IS NULL OR p0."EndDate" > @day6))) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS c0
            WHERE c."Id" = c0."ConsentId" AND c0."Agency" = @agency7 AND c0."OrganisationId" = @organisationId8 AND c0."Category" = @category)))
    ORDER BY p."Id"
    LIMIT @p
) AS s
LEFT JOIN "Organisations" AS o ON s."CaseHoldingHubId" = o."Id"
ORDER BY s."Id"

-- statement 3
SELECT p."Id", EXISTS (
    SELECT 1
    FROM "HouseholdMembers" AS h
    WHERE p."Id" = h."PersonId" AND h."LinkedByAgency" = @agency AND h."LinkedByOrganisationId" = @organisationId), EXISTS (
    SELECT 1
    FROM "Consents" AS c
    LEFT JOIN "Plans" AS p0 ON c."InvolvementPlanId" = p0."Id"
    WHERE p."Id" = c."ChildId" AND c."GivenAt" <= @at AND (c."WithdrawnAt" IS NULL OR c."WithdrawnAt" > @at4) AND (c."EndsOn" IS NULL OR c."EndsOn" > @day) AND (c."InvolvementPlanId" IS NULL OR (p0."StartDate" <= @day6 AND (p0."EndDate" IS NULL OR p0."EndDate" > @day6))) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c0
        WHERE c."Id" = c0."ConsentId" AND c0."Agency" = @agency7 AND c0."OrganisationId" = @organisationId8 AND c0."Category" = @category)), EXISTS (
    SELECT 1
    FROM "HouseholdMembers" AS h0
    WHERE p."Id" = h0."PersonId" AND h0."LinkedByAgency" = @agency10 AND h0."LinkedByOrganisationId" = @organisationId11)
FROM "People" AS p
WHERE p."Id" = @Value

-- statement 4
SELECT p."Id", p."CaseHoldingHubId" AS "Hub"
FROM "People" AS p
WHERE p."Id" = @Value AND p."CaseHoldingHubId" IS NOT NULL

