-- statement 1
SELECT "p"."GivenName", NOT EXISTS (
    SELECT 1
    FROM "Addresses" AS "a"
    WHERE "p"."Id" = "a"."PersonId" AND "a"."IsConfidential" AND "a"."ValidFrom" <= @Today AND ("a"."ValidTo" IS NULL OR "a"."ValidTo" >= @Today4)) OR (((
    SELECT "p0"."Kind"
    FROM "Addresses" AS "a0"
    INNER JOIN "People" AS "p0" ON "a0"."PersonId" = "p0"."Id"
    WHERE "p"."Id" = "a0"."PersonId" AND "a0"."IsConfidential" AND "a0"."ValidFrom" <= @Today AND ("a0"."ValidTo" IS NULL OR "a0"."ValidTo" >= @Today4)
    ORDER BY "a0"."ValidFrom" DESC
    LIMIT 1) <> 'Child' OR (
    SELECT "p0"."Kind"
    FROM "Addresses" AS "a0"
    INNER JOIN "People" AS "p0" ON "a0"."PersonId" = "p0"."Id"
    WHERE "p"."Id" = "a0"."PersonId" AND "a0"."IsConfidential" AND "a0"."ValidFrom" <= @Today AND ("a0"."ValidTo" IS NULL OR "a0"."ValidTo" >= @Today4)
    ORDER BY "a0"."ValidFrom" DESC
    LIMIT 1) IS NULL OR (
    SELECT "l0"."Id"
    FROM "Addresses" AS "a1"
    INNER JOIN "People" AS "p1" ON "a1"."PersonId" = "p1"."Id"
    LEFT JOIN "LocalAuthorities" AS "l0" ON "p1"."LocalAuthorityId" = "l0"."Id"
    WHERE "p"."Id" = "a1"."PersonId" AND "a1"."IsConfidential" AND "a1"."ValidFrom" <= @Today AND ("a1"."ValidTo" IS NULL OR "a1"."ValidTo" >= @Today4)
    ORDER BY "a1"."ValidFrom" DESC
    LIMIT 1) IS NULL OR (
    SELECT "l1"."Code"
    FROM "Addresses" AS "a2"
    INNER JOIN "People" AS "p2" ON "a2"."PersonId" = "p2"."Id"
    LEFT JOIN "LocalAuthorities" AS "l1" ON "p2"."LocalAuthorityId" = "l1"."Id"
    WHERE "p"."Id" = "a2"."PersonId" AND "a2"."IsConfidential" AND "a2"."ValidFrom" <= @Today AND ("a2"."ValidTo" IS NULL OR "a2"."ValidTo" >= @Today4)
    ORDER BY "a2"."ValidFrom" DESC
    LIMIT 1) <> @councils111 OR (
    SELECT "l1"."Code"
    FROM "Addresses" AS "a2"
    INNER JOIN "People" AS "p2" ON "a2"."PersonId" = "p2"."Id"
    LEFT JOIN "LocalAuthorities" AS "l1" ON "p2"."LocalAuthorityId" = "l1"."Id"
    WHERE "p"."Id" = "a2"."PersonId" AND "a2"."IsConfidential" AND "a2"."ValidFrom" <= @Today AND ("a2"."ValidTo" IS NULL OR "a2"."ValidTo" >= @Today4)
    ORDER BY "a2"."ValidFrom" DESC
    LIMIT 1) IS NULL OR (
    SELECT "a3"."IsConfidential"
    FROM "Addresses" AS "a3"
    WHERE "p"."Id" = "a3"."PersonId" AND "a3"."IsConfidential" AND "a3"."ValidFrom" <= @Today AND ("a3"."ValidTo" IS NULL OR "a3"."ValidTo" >= @Today4)
    ORDER BY "a3"."ValidFrom" DESC
    LIMIT 1)) AND ((
    SELECT "p3"."Kind"
    FROM "Addresses" AS "a4"
    INNER JOIN "People" AS "p3" ON "a4"."PersonId" = "p3"."Id"
    WHERE "p"."Id" = "a4"."PersonId" AND "a4"."IsConfidential" AND "a4"."ValidFrom" <= @Today AND ("a4"."ValidTo" IS NULL OR "a4"."ValidTo" >= @Today4)
    ORDER BY "a4"."ValidFrom" DESC
    LIMIT 1) <> 'Child' OR (
    SELECT "p3"."Kind"
    FROM "Addresses" AS "a4"
    INNER JOIN "People" AS "p3" ON "a4"."PersonId" = "p3"."Id"
    WHERE "p"."Id" = "a4"."PersonId" AND "a4"."IsConfidential" AND "a4"."ValidFrom" <= @Today AND ("a4"."ValidTo" IS NULL OR "a4"."ValidTo" >= @Today4)
    ORDER BY "a4"."ValidFrom" DESC
    LIMIT 1) IS NULL OR (
    SELECT "l2"."Id"
    FROM "Addresses" AS "a5"
    INNER JOIN "People" AS "p4" ON "a5"."PersonId" = "p4"."Id"
    LEFT JOIN "LocalAuthorities" AS "l2" ON "p4"."LocalAuthorityId" = "l2"."Id"
    WHERE "p"."Id" = "a5"."PersonId" AND "a5"."IsConfidential" AND "a5"."ValidFrom" <= @Today AND ("a5"."ValidTo" IS NULL OR "a5"."ValidTo" >= @Today4)
    ORDER BY "a5"."ValidFrom" DESC
    LIMIT 1) IS NULL OR (
    SELECT "l3"."Code"
    FROM "Addresses" AS "a6"
    INNER JOIN "People" AS "p5" ON "a6"."PersonId" = "p5"."Id"
    LEFT JOIN "LocalAuthorities" AS "l3" ON "p5"."LocalAuthorityId" = "l3"."Id"
    WHERE "p"."Id" = "a6"."PersonId" AND "a6"."IsConfidential" AND "a6"."ValidFrom" <= @Today AND ("a6"."ValidTo" IS NULL OR "a6"."ValidTo" >= @Today4)
    ORDER BY "a6"."ValidFrom" DESC
    LIMIT 1) <> @councils111 OR (
    SELECT "l3"."Code"
    FROM "Addresses" AS "a6"
    INNER JOIN "People" AS "p5" ON "a6"."PersonId" = "p5"."Id"
    LEFT JOIN "LocalAuthorities" AS "l3" ON "p5"."LocalAuthorityId" = "l3"."Id"
    WHERE "p"."Id" = "a6"."PersonId" AND "a6"."IsConfidential" AND "a6"."ValidFrom" <= @Today AND ("a6"."ValidTo" IS NULL OR "a6"."ValidTo" >= @Today4)
    ORDER BY "a6"."ValidFrom" DESC
    LIMIT 1) IS NULL OR (
    SELECT "p6"."CaseHoldingHubId"
    FROM "Addresses" AS "a7"
    INNER JOIN "People" AS "p6" ON "a7"."PersonId" = "p6"."Id"
    WHERE "p"."Id" = "a7"."PersonId" AND "a7"."IsConfidential" AND "a7"."ValidFrom" <= @Today AND ("a7"."ValidTo" IS NULL OR "a7"."ValidTo" >= @Today4)
    ORDER BY "a7"."ValidFrom" DESC
    LIMIT 1) <> @org OR (
    SELECT "p6"."CaseHoldingHubId"
    FROM "Addresses" AS "a7"
    INNER JOIN "People" AS "p6" ON "a7"."PersonId" = "p6"."Id"
    WHERE "p"."Id" = "a7"."PersonId" AND "a7"."IsConfidential" AND "a7"."ValidFrom" <= @Today AND ("a7"."ValidTo" IS NULL OR "a7"."ValidTo" >= @Today4)
    ORDER BY "a7"."ValidFrom" DESC
    LIMIT 1) IS NULL OR NOT ((
    SELECT "a8"."IsConfidential"
    FROM "Addresses" AS "a8"
    WHERE "p"."Id" = "a8"."PersonId" AND "a8"."IsConfidential" AND "a8"."ValidFrom" <= @Today AND ("a8"."ValidTo" IS NULL OR "a8"."ValidTo" >= @Today4)
    ORDER BY "a8"."ValidFrom" DESC
    LIMIT 1)))) OR "p"."CaseHoldingHubId" <> @org26 OR "p"."CaseHoldingHubId" IS NULL, (
    SELECT "a9"."Line1"
    FROM "Addresses" AS "a9"
    WHERE "p"."Id" = "a9"."PersonId" AND "a9"."IsConfidential" AND "a9"."ValidFrom" <= @Today AND ("a9"."ValidTo" IS NULL OR "a9"."ValidTo" >= @Today4)
    ORDER BY "a9"."ValidFrom" DESC
    LIMIT 1), (
    SELECT "a10"."Postcode"
    FROM "Addresses" AS "a10"
    WHERE "p"."Id" = "a10"."PersonId" AND "a10"."IsConfidential" AND "a10"."ValidFrom" <= @Today AND ("a10"."ValidTo" IS NULL OR "a10"."ValidTo" >= @Today4)
    ORDER BY "a10"."ValidFrom" DESC
    LIMIT 1), 0, (
    SELECT "a11"."Id"
    FROM "Addresses" AS "a11"
    WHERE "p"."Id" = "a11"."PersonId" AND "a11"."IsConfidential" AND "a11"."ValidFrom" <= @Today AND ("a11"."ValidTo" IS NULL OR "a11"."ValidTo" >= @Today4)
    ORDER BY "a11"."ValidFrom" DESC
    LIMIT 1), "p"."Id", "l"."Id", CASE
    WHEN "p"."CaseHoldingHubId" = @org26 THEN 0
    ELSE 1
END
FROM "People" AS "p"
LEFT JOIN "LocalAuthorities" AS "l" ON "p"."LocalAuthorityId" = "l"."Id"
WHERE "p"."Id" = @key AND "p"."Kind" = 'Child' AND "l"."Id" IS NOT NULL AND "l"."Code" = @councils1
ORDER BY "p"."Id", "l"."Id"
LIMIT @p

-- statement 2
SELECT "s0"."GivenByName", "s0"."c", "s0"."Id", "s"."Id", "s"."Id0"
FROM (
    SELECT "p"."Id", "l"."Id" AS "Id0"
    FROM "People" AS "p"
    LEFT JOIN "LocalAuthorities" AS "l" ON "p"."LocalAuthorityId" = "l"."Id"
    WHERE "p"."Id" = @key AND "p"."Kind" = 'Child' AND "l"."Id" IS NOT NULL AND "l"."Code" = @councils2
    ORDER BY "p"."Id", "l"."Id"
    LIMIT @p
) AS "s"
INNER JOIN (
    SELECT "c10"."GivenByName", 0 AS "c", "c10"."Id", "c10"."ChildId"
    FROM "Consents" AS "c10"
    INNER JOIN "People" AS "p29" ON "c10"."ChildId" = "p29"."Id"
    LEFT JOIN "LocalAuthorities" AS "l20" ON "p29"."LocalAuthorityId" = "l20"."Id"
    WHERE "p29"."Kind" = 'Child' AND "l20"."Id" IS NOT NULL AND "l20"."Code" = @councils331
) AS "s0" ON "s"."Id" = "s0"."ChildId"
ORDER BY "s"."Id", "s"."Id0", "s0"."Id"

-- statement 3
SELECT "a"."Id" AS "K", "a"."PersonId" AS "C"
FROM "Addresses" AS "a"
WHERE "a"."Id" = @keys1

-- statement 4
SELECT "p"."Id", 1, "p"."CaseHoldingHubId" = @org AND "p"."CaseHoldingHubId" IS NOT NULL
FROM "People" AS "p"
WHERE "p"."Id" = @ids1

