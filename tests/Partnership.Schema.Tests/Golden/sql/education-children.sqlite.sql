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
SELECT "p10"."Kind", "s6"."Id", "s6"."Id0"
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
) AS "s6"
INNER JOIN (
    SELECT "p3"."Kind", "p3"."ChildId"
    FROM "Plans" AS "p3"
    WHERE "p3"."EndDate" IS NULL OR "p3"."EndDate" >= @Today
) AS "p10" ON "s6"."Id" = "p10"."ChildId"
ORDER BY "s6"."Id", "s6"."Id0", "p10"."Kind"

-- statement 4
SELECT "s8"."HeldAt", "s7"."Id", "s7"."Id0", "s8"."MeetingId", "s8"."ChildId", "s8"."Id", "s8"."Id0", "s8"."c"
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
) AS "s7"
INNER JOIN (
    SELECT "m14"."HeldAt", 0 AS "c", "m14"."Id", "m13"."MeetingId", "m13"."ChildId", "l2"."Id" AS "Id0"
    FROM "MeetingChildren" AS "m13"
    INNER JOIN "Meetings" AS "m14" ON "m13"."MeetingId" = "m14"."Id"
    INNER JOIN "LocalAuthorities" AS "l2" ON "m14"."LocalAuthorityId" = "l2"."Id"
    WHERE "m14"."Kind" = 'StrategyDiscussion' AND "l2"."Code" = @Value17 AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m15"
        WHERE "m14"."Id" = "m15"."MeetingId" AND "m15"."Agency" = @agency18 AND "m15"."OrganisationId" = @school) AND ("m14"."HeldAt" > @now OR EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS "m16"
        INNER JOIN "People" AS "p8" ON "m16"."ChildId" = "p8"."Id"
        WHERE "m14"."Id" = "m16"."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS "s4"
            WHERE "p8"."Id" = "s4"."ChildId" AND "s4"."StartDate" <= @day21 AND ("s4"."EndDate" IS NULL OR "s4"."EndDate" >= @day22)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS "p9"
            WHERE "p8"."Id" = "p9"."ChildId" AND "p9"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p9"."StartDate" <= @day21 AND ("p9"."EndDate" IS NULL OR "p9"."EndDate" >= @day22)))))
) AS "s8" ON "s7"."Id" = "s8"."ChildId"
ORDER BY "s7"."Id", "s7"."Id0", "s8"."Id", "s8"."MeetingId", "s8"."ChildId", "s8"."Id0"

-- statement 5
SELECT "m19"."Description", "m19"."OwnerAgency", 0, "m19"."Id", "s7"."Id", "s7"."Id0", "s8"."MeetingId", "s8"."ChildId", "s8"."Id", "s8"."Id0"
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
) AS "s7"
INNER JOIN (
    SELECT "m14"."Id", "m13"."MeetingId", "m13"."ChildId", "l2"."Id" AS "Id0"
    FROM "MeetingChildren" AS "m13"
    INNER JOIN "Meetings" AS "m14" ON "m13"."MeetingId" = "m14"."Id"
    INNER JOIN "LocalAuthorities" AS "l2" ON "m14"."LocalAuthorityId" = "l2"."Id"
    WHERE "m14"."Kind" = 'StrategyDiscussion' AND "l2"."Code" = @Value17 AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m15"
        WHERE "m14"."Id" = "m15"."MeetingId" AND "m15"."Agency" = @agency18 AND "m15"."OrganisationId" = @school) AND ("m14"."HeldAt" > @now OR EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS "m16"
        INNER JOIN "People" AS "p8" ON "m16"."ChildId" = "p8"."Id"
        WHERE "m14"."Id" = "m16"."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS "s4"
            WHERE "p8"."Id" = "s4"."ChildId" AND "s4"."StartDate" <= @day21 AND ("s4"."EndDate" IS NULL OR "s4"."EndDate" >= @day22)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS "p9"
            WHERE "p8"."Id" = "p9"."ChildId" AND "p9"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p9"."StartDate" <= @day21 AND ("p9"."EndDate" IS NULL OR "p9"."EndDate" >= @day22)))))
) AS "s8" ON "s7"."Id" = "s8"."ChildId"
INNER JOIN "MeetingActions" AS "m19" ON "s8"."Id" = "m19"."MeetingId"
ORDER BY "s7"."Id", "s7"."Id0", "s8"."Id", "s8"."MeetingId", "s8"."ChildId", "s8"."Id0", "m19"."Id"

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

