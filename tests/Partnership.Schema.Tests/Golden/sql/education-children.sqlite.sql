-- statement 1
SELECT COUNT(*)
FROM "People" AS "p"
LEFT JOIN "LocalAuthorities" AS "l" ON "p"."LocalAuthorityId" = "l"."Id"
WHERE "p"."Kind" = 'Child' AND "p"."Kind" = 'Child' AND "l"."Id" IS NOT NULL AND "l"."Code" = @Value AND (EXISTS (
    SELECT 1
    FROM "SchoolEnrolments" AS "s"
    WHERE "p"."Id" = "s"."PersonId" AND "s"."SchoolId" = @schoolId AND "s"."StartDate" <= @day AND ("s"."EndDate" IS NULL OR "s"."EndDate" >= @day3)) OR EXISTS (
    SELECT 1
    FROM "Consents" AS "c"
    WHERE "p"."Id" = "c"."ChildId" AND "c"."GivenAt" <= @at AND ("c"."WithdrawnAt" IS NULL OR "c"."WithdrawnAt" > @at5) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS "c0"
        WHERE "c"."Id" = "c0"."ConsentId" AND "c0"."Agency" = @agency AND "c0"."Category" = @category)))

-- statement 2
SELECT "p"."GivenName", CAST("p"."Upn" AS TEXT), EXISTS (
    SELECT 1
    FROM "SchoolEnrolments" AS "s0"
    WHERE "p"."Id" = "s0"."PersonId" AND "s0"."SchoolId" = @schoolId9 AND "s0"."StartDate" <= @day10 AND ("s0"."EndDate" IS NULL OR "s0"."EndDate" >= @day11)) OR EXISTS (
    SELECT 1
    FROM "Consents" AS "c1"
    WHERE "p"."Id" = "c1"."ChildId" AND "c1"."GivenAt" <= @at12 AND ("c1"."WithdrawnAt" IS NULL OR "c1"."WithdrawnAt" > @at13) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS "c2"
        WHERE "c1"."Id" = "c2"."ConsentId" AND "c2"."Agency" = @agency14 AND "c2"."Category" = @category15)), "p"."Id", "l"."Id", CASE
    WHEN EXISTS (
        SELECT 1
        FROM "SchoolEnrolments" AS "s1"
        WHERE "p"."Id" = "s1"."PersonId" AND "s1"."SchoolId" = @schoolId9 AND "s1"."StartDate" <= @day10 AND ("s1"."EndDate" IS NULL OR "s1"."EndDate" >= @day11)) OR EXISTS (
        SELECT 1
        FROM "Consents" AS "c3"
        WHERE "p"."Id" = "c3"."ChildId" AND "c3"."GivenAt" <= @at12 AND ("c3"."WithdrawnAt" IS NULL OR "c3"."WithdrawnAt" > @at13) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS "c4"
            WHERE "c3"."Id" = "c4"."ConsentId" AND "c4"."Agency" = @agency14 AND "c4"."Category" = @category15)) THEN 0
    ELSE 1
END
FROM "People" AS "p"
LEFT JOIN "LocalAuthorities" AS "l" ON "p"."LocalAuthorityId" = "l"."Id"
WHERE "p"."Kind" = 'Child' AND "p"."Kind" = 'Child' AND "l"."Id" IS NOT NULL AND "l"."Code" = @Value AND (EXISTS (
    SELECT 1
    FROM "SchoolEnrolments" AS "s"
    WHERE "p"."Id" = "s"."PersonId" AND "s"."SchoolId" = @schoolId AND "s"."StartDate" <= @day AND ("s"."EndDate" IS NULL OR "s"."EndDate" >= @day3)) OR EXISTS (
    SELECT 1
    FROM "Consents" AS "c"
    WHERE "p"."Id" = "c"."ChildId" AND "c"."GivenAt" <= @at AND ("c"."WithdrawnAt" IS NULL OR "c"."WithdrawnAt" > @at5) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS "c0"
        WHERE "c"."Id" = "c0"."ConsentId" AND "c0"."Agency" = @agency AND "c0"."Category" = @category)))
ORDER BY "p"."Id", "l"."Id"
LIMIT @p

-- statement 3
SELECT "p4"."Kind", "s3"."Id", "s3"."Id0"
FROM (
    SELECT "p"."Id", "l"."Id" AS "Id0"
    FROM "People" AS "p"
    LEFT JOIN "LocalAuthorities" AS "l" ON "p"."LocalAuthorityId" = "l"."Id"
    WHERE "p"."Kind" = 'Child' AND "p"."Kind" = 'Child' AND "l"."Id" IS NOT NULL AND "l"."Code" = @Value AND (EXISTS (
        SELECT 1
        FROM "SchoolEnrolments" AS "s"
        WHERE "p"."Id" = "s"."PersonId" AND "s"."SchoolId" = @schoolId AND "s"."StartDate" <= @day AND ("s"."EndDate" IS NULL OR "s"."EndDate" >= @day3)) OR EXISTS (
        SELECT 1
        FROM "Consents" AS "c"
        WHERE "p"."Id" = "c"."ChildId" AND "c"."GivenAt" <= @at AND ("c"."WithdrawnAt" IS NULL OR "c"."WithdrawnAt" > @at5) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS "c0"
            WHERE "c"."Id" = "c0"."ConsentId" AND "c0"."Agency" = @agency AND "c0"."Category" = @category)))
    ORDER BY "p"."Id", "l"."Id"
    LIMIT @p
) AS "s3"
INNER JOIN (
    SELECT "p3"."Kind", "p3"."ChildId"
    FROM "Plans" AS "p3"
    WHERE "p3"."EndDate" IS NULL OR "p3"."EndDate" >= @Today
) AS "p4" ON "s3"."Id" = "p4"."ChildId"
ORDER BY "s3"."Id", "s3"."Id0", "p4"."Kind"

-- statement 4
SELECT "s5"."HeldAt", "s4"."Id", "s4"."Id0", "s5"."MeetingId", "s5"."ChildId", "s5"."Id", "s5"."Id0", "s5"."c"
FROM (
    SELECT "p"."Id", "l"."Id" AS "Id0"
    FROM "People" AS "p"
    LEFT JOIN "LocalAuthorities" AS "l" ON "p"."LocalAuthorityId" = "l"."Id"
    WHERE "p"."Kind" = 'Child' AND "p"."Kind" = 'Child' AND "l"."Id" IS NOT NULL AND "l"."Code" = @Value AND (EXISTS (
        SELECT 1
        FROM "SchoolEnrolments" AS "s"
        WHERE "p"."Id" = "s"."PersonId" AND "s"."SchoolId" = @schoolId AND "s"."StartDate" <= @day AND ("s"."EndDate" IS NULL OR "s"."EndDate" >= @day3)) OR EXISTS (
        SELECT 1
        FROM "Consents" AS "c"
        WHERE "p"."Id" = "c"."ChildId" AND "c"."GivenAt" <= @at AND ("c"."WithdrawnAt" IS NULL OR "c"."WithdrawnAt" > @at5) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS "c0"
            WHERE "c"."Id" = "c0"."ConsentId" AND "c0"."Agency" = @agency AND "c0"."Category" = @category)))
    ORDER BY "p"."Id", "l"."Id"
    LIMIT @p
) AS "s4"
INNER JOIN (
    SELECT "m12"."HeldAt", 0 AS "c", "m12"."Id", "m11"."MeetingId", "m11"."ChildId", "l2"."Id" AS "Id0"
    FROM "MeetingChildren" AS "m11"
    INNER JOIN "Meetings" AS "m12" ON "m11"."MeetingId" = "m12"."Id"
    INNER JOIN "LocalAuthorities" AS "l2" ON "m12"."LocalAuthorityId" = "l2"."Id"
    WHERE "m12"."Kind" = 'StrategyDiscussion' AND "l2"."Code" = @Value17 AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m13"
        WHERE "m12"."Id" = "m13"."MeetingId" AND "m13"."Agency" = @agency18 AND "m13"."OrganisationId" = @school)
) AS "s5" ON "s4"."Id" = "s5"."ChildId"
ORDER BY "s4"."Id", "s4"."Id0", "s5"."Id", "s5"."MeetingId", "s5"."ChildId", "s5"."Id0"

-- statement 5
SELECT "m16"."Description", "m16"."OwnerAgency", 0, "m16"."Id", "s4"."Id", "s4"."Id0", "s5"."MeetingId", "s5"."ChildId", "s5"."Id", "s5"."Id0"
FROM (
    SELECT "p"."Id", "l"."Id" AS "Id0"
    FROM "People" AS "p"
    LEFT JOIN "LocalAuthorities" AS "l" ON "p"."LocalAuthorityId" = "l"."Id"
    WHERE "p"."Kind" = 'Child' AND "p"."Kind" = 'Child' AND "l"."Id" IS NOT NULL AND "l"."Code" = @Value AND (EXISTS (
        SELECT 1
        FROM "SchoolEnrolments" AS "s"
        WHERE "p"."Id" = "s"."PersonId" AND "s"."SchoolId" = @schoolId AND "s"."StartDate" <= @day AND ("s"."EndDate" IS NULL OR "s"."EndDate" >= @day3)) OR EXISTS (
        SELECT 1
        FROM "Consents" AS "c"
        WHERE "p"."Id" = "c"."ChildId" AND "c"."GivenAt" <= @at AND ("c"."WithdrawnAt" IS NULL OR "c"."WithdrawnAt" > @at5) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS "c0"
            WHERE "c"."Id" = "c0"."ConsentId" AND "c0"."Agency" = @agency AND "c0"."Category" = @category)))
    ORDER BY "p"."Id", "l"."Id"
    LIMIT @p
) AS "s4"
INNER JOIN (
    SELECT "m12"."Id", "m11"."MeetingId", "m11"."ChildId", "l2"."Id" AS "Id0"
    FROM "MeetingChildren" AS "m11"
    INNER JOIN "Meetings" AS "m12" ON "m11"."MeetingId" = "m12"."Id"
    INNER JOIN "LocalAuthorities" AS "l2" ON "m12"."LocalAuthorityId" = "l2"."Id"
    WHERE "m12"."Kind" = 'StrategyDiscussion' AND "l2"."Code" = @Value17 AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m13"
        WHERE "m12"."Id" = "m13"."MeetingId" AND "m13"."Agency" = @agency18 AND "m13"."OrganisationId" = @school)
) AS "s5" ON "s4"."Id" = "s5"."ChildId"
INNER JOIN "MeetingActions" AS "m16" ON "s5"."Id" = "m16"."MeetingId"
ORDER BY "s4"."Id", "s4"."Id0", "s5"."Id", "s5"."MeetingId", "s5"."ChildId", "s5"."Id0", "m16"."Id"

-- statement 6
SELECT "m"."MeetingId" AS "K", "m"."ChildId" AS "C"
FROM "MeetingChildren" AS "m"
WHERE "m"."MeetingId" = @Value

-- statement 7
SELECT "m"."Id" AS "K", "m0"."ChildId" AS "C"
FROM "MeetingActions" AS "m"
INNER JOIN "MeetingChildren" AS "m0" ON "m"."MeetingId" = "m0"."MeetingId"
WHERE ("m"."Id" = @Value OR "m"."Id" = @Value1) AND ("m"."ChildId" IS NULL OR "m"."ChildId" = "m0"."ChildId")

-- statement 8
SELECT "p"."Id", EXISTS (
    SELECT 1
    FROM "SchoolEnrolments" AS "s"
    WHERE "p"."Id" = "s"."PersonId" AND "s"."SchoolId" = @schoolId AND "s"."StartDate" <= @day AND ("s"."EndDate" IS NULL OR "s"."EndDate" >= @day6)), EXISTS (
    SELECT 1
    FROM "Consents" AS "c"
    WHERE "p"."Id" = "c"."ChildId" AND "c"."GivenAt" <= @at AND ("c"."WithdrawnAt" IS NULL OR "c"."WithdrawnAt" > @at8) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS "c0"
        WHERE "c"."Id" = "c0"."ConsentId" AND "c0"."Agency" = @agency AND "c0"."Category" = @category)), EXISTS (
    SELECT 1
    FROM "SchoolEnrolments" AS "s0"
    WHERE "p"."Id" = "s0"."PersonId" AND "s0"."SchoolId" = @schoolId11 AND "s0"."StartDate" <= @day12 AND ("s0"."EndDate" IS NULL OR "s0"."EndDate" >= @day13)), EXISTS (
    SELECT 1
    FROM "Consents" AS "c1"
    WHERE "p"."Id" = "c1"."ChildId" AND "c1"."GivenAt" <= @at14 AND ("c1"."WithdrawnAt" IS NULL OR "c1"."WithdrawnAt" > @at15) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS "c2"
        WHERE "c1"."Id" = "c2"."ConsentId" AND "c2"."Agency" = @agency16 AND "c2"."Category" = @category17)), 1
FROM "People" AS "p"
WHERE "p"."Id" = @Value OR "p"."Id" = @Value1 OR "p"."Id" = @Value2 OR "p"."Id" = @Value3

-- statement 9
SELECT "p"."Id", "p"."CaseHoldingHubId" AS "Hub"
FROM "People" AS "p"
WHERE ("p"."Id" = @Value OR "p"."Id" = @Value1 OR "p"."Id" = @Value2 OR "p"."Id" = @Value3) AND "p"."CaseHoldingHubId" IS NOT NULL

