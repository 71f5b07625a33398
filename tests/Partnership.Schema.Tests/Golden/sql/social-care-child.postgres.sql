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
SELECT p."GivenName", NOT EXISTS (
    SELECT 1
    FROM "Addresses" AS a
    WHERE p."Id" = a."PersonId" AND a."IsConfidential" AND a."ValidFrom" <= @Today AND (a."ValidTo" IS NULL OR a."ValidTo" > @Today)), CASE
    WHEN p."CaseHoldingHubId" = @org THEN (
        SELECT a0."Line1"
        FROM "Addresses" AS a0
        WHERE p."Id" = a0."PersonId" AND a0."IsConfidential" AND a0."ValidFrom" <= @Today AND (a0."ValidTo" IS NULL OR a0."ValidTo" > @Today)
        ORDER BY a0."ValidFrom" DESC
        LIMIT 1)
END, CASE
    WHEN p."CaseHoldingHubId" = @org THEN (
        SELECT a1."Postcode"
        FROM "Addresses" AS a1
        WHERE p."Id" = a1."PersonId" AND a1."IsConfidential" AND a1."ValidFrom" <= @Today AND (a1."ValidTo" IS NULL OR a1."ValidTo" > @Today)
        ORDER BY a1."ValidFrom" DESC
        LIMIT 1)
END, 0, (
    SELECT a2."Id"
    FROM "Addresses" AS a2
    WHERE p."Id" = a2."PersonId" AND a2."IsConfidential" AND a2."ValidFrom" <= @Today AND (a2."ValidTo" IS NULL OR a2."ValidTo" > @Today)
    ORDER BY a2."ValidFrom" DESC
    LIMIT 1), p."Id", l."Id", CASE
    WHEN p."CaseHoldingHubId" = @org THEN 0
    ELSE 1
END
FROM "People" AS p
LEFT JOIN "LocalAuthorities" AS l ON p."LocalAuthorityId" = l."Id"
WHERE p."Id" = @key AND p."Kind" = 'Child' AND l."Id" IS NOT NULL AND l."Code" = @Value
ORDER BY p."Id", l."Id"
LIMIT @p

-- statement 3
SELECT c3."GivenByName", 0, c3."Id", s."Id", s."Id0"
FROM (
    SELECT p."Id", l."Id" AS "Id0"
    FROM "People" AS p
    LEFT JOIN "LocalAuthorities" AS l ON p."LocalAuthorityId" = l."Id"
    WHERE p."Id" = @key AND p."Kind" = 'Child' AND l."Id" IS NOT NULL AND l."Code" = @Value
    ORDER BY p."Id", l."Id"
    LIMIT @p
) AS s
INNER JOIN "Consents" AS c3 ON s."Id" = c3."ChildId"
ORDER BY s."Id", s."Id0", c3."Id"

-- statement 4
SELECT a."Id" AS "K", a."PersonId" AS "C"
FROM "Addresses" AS a
WHERE a."Id" = @Value

-- statement 5
SELECT p."Id", TRUE, p."CaseHoldingHubId" = @org AND p."CaseHoldingHubId" IS NOT NULL
FROM "People" AS p
WHERE p."Id" = @Value

