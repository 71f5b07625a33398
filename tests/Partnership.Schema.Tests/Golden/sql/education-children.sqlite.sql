-- statement 1
SELECT COUNT(*)
FROM "People" AS "p"
LEFT JOIN "LocalAuthorities" AS "l" ON "p"."LocalAuthorityId" = "l"."Id"
WHERE "p"."Kind" = 'Child' AND "p"."Kind" = 'Child' AND "l"."Id" IS NOT NULL AND "l"."Code" = @councils1 AND (EXISTS (
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
WHERE "p"."Kind" = 'Child' AND "p"."Kind" = 'Child' AND "l"."Id" IS NOT NULL AND "l"."Code" = @councils1 AND (EXISTS (
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
SELECT "p28"."Kind", "s15"."Id", "s15"."Id0"
FROM (
    SELECT "p"."Id", "l"."Id" AS "Id0"
    FROM "People" AS "p"
    LEFT JOIN "LocalAuthorities" AS "l" ON "p"."LocalAuthorityId" = "l"."Id"
    WHERE "p"."Kind" = 'Child' AND "p"."Kind" = 'Child' AND "l"."Id" IS NOT NULL AND "l"."Code" = @councils2 AND (EXISTS (
        SELECT 1
        FROM "SchoolEnrolments" AS "s"
        WHERE "p"."Id" = "s"."PersonId" AND "s"."SchoolId" = @schoolId AND "s"."StartDate" <= @day AND ("s"."EndDate" IS NULL OR "s"."EndDate" >= @day3)) OR EXISTS (
        SELECT 1
        FROM "Consents" AS "c0"
        WHERE "p"."Id" = "c0"."ChildId" AND "c0"."GivenAt" <= @at AND ("c0"."WithdrawnAt" IS NULL OR "c0"."WithdrawnAt" > @at5) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS "c1"
            WHERE "c0"."Id" = "c1"."ConsentId" AND "c1"."Agency" = @agency AND "c1"."Category" = @category)))
    ORDER BY "p"."Id", "l"."Id"
    LIMIT @p
) AS "s15"
INNER JOIN (
    SELECT "p3"."Kind", "p3"."ChildId"
    FROM "Plans" AS "p3"
    WHERE "p3"."EndDate" IS NULL OR "p3"."EndDate" >= @Today
) AS "p28" ON "s15"."Id" = "p28"."ChildId"
ORDER BY "s15"."Id", "s15"."Id0", "p28"."Kind"

-- statement 4
SELECT "s17"."HeldAt", "s16"."Id", "s16"."Id0", "s17"."MeetingId", "s17"."ChildId", "s17"."Id", "s17"."Id0", "s17"."c"
FROM (
    SELECT "p"."Id", "l"."Id" AS "Id0"
    FROM "People" AS "p"
    LEFT JOIN "LocalAuthorities" AS "l" ON "p"."LocalAuthorityId" = "l"."Id"
    WHERE "p"."Kind" = 'Child' AND "p"."Kind" = 'Child' AND "l"."Id" IS NOT NULL AND "l"."Code" = @councils3 AND (EXISTS (
        SELECT 1
        FROM "SchoolEnrolments" AS "s"
        WHERE "p"."Id" = "s"."PersonId" AND "s"."SchoolId" = @schoolId AND "s"."StartDate" <= @day AND ("s"."EndDate" IS NULL OR "s"."EndDate" >= @day3)) OR EXISTS (
        SELECT 1
        FROM "Consents" AS "c0"
        WHERE "p"."Id" = "c0"."ChildId" AND "c0"."GivenAt" <= @at AND ("c0"."WithdrawnAt" IS NULL OR "c0"."WithdrawnAt" > @at5) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS "c1"
            WHERE "c0"."Id" = "c1"."ConsentId" AND "c1"."Agency" = @agency AND "c1"."Category" = @category)))
    ORDER BY "p"."Id", "l"."Id"
    LIMIT @p
) AS "s16"
INNER JOIN (
    SELECT "m32"."HeldAt", 0 AS "c", "m32"."Id", "m31"."MeetingId", "m31"."ChildId", "l8"."Id" AS "Id0"
    FROM "MeetingChildren" AS "m31"
    INNER JOIN "Meetings" AS "m32" ON "m31"."MeetingId" = "m32"."Id"
    INNER JOIN "LocalAuthorities" AS "l8" ON "m32"."LocalAuthorityId" = "l8"."Id"
    WHERE "m32"."Kind" = 'StrategyDiscussion' AND "l8"."Code" = @councils171 AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m33"
        WHERE "m32"."Id" = "m33"."MeetingId" AND "m33"."Agency" = @agency18 AND "m33"."OrganisationId" = @school) AND ("m32"."HeldAt" > @now OR EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS "m34"
        INNER JOIN "People" AS "p20" ON "m34"."ChildId" = "p20"."Id"
        WHERE "m32"."Id" = "m34"."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS "s10"
            WHERE "p20"."Id" = "s10"."ChildId" AND "s10"."StartDate" <= @day21 AND ("s10"."EndDate" IS NULL OR "s10"."EndDate" >= @day22)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS "p21"
            WHERE "p20"."Id" = "p21"."ChildId" AND "p21"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p21"."StartDate" <= @day21 AND ("p21"."EndDate" IS NULL OR "p21"."EndDate" >= @day22)))))
) AS "s17" ON "s16"."Id" = "s17"."ChildId"
ORDER BY "s16"."Id", "s16"."Id0", "s17"."Id", "s17"."MeetingId", "s17"."ChildId", "s17"."Id0"

-- statement 5
SELECT "s18"."Description", "s18"."OwnerAgency", "s18"."c", "s18"."Id", "s16"."Id", "s16"."Id0", "s17"."MeetingId", "s17"."ChildId", "s17"."Id", "s17"."Id0"
FROM (
    SELECT "p"."Id", "l"."Id" AS "Id0"
    FROM "People" AS "p"
    LEFT JOIN "LocalAuthorities" AS "l" ON "p"."LocalAuthorityId" = "l"."Id"
    WHERE "p"."Kind" = 'Child' AND "p"."Kind" = 'Child' AND "l"."Id" IS NOT NULL AND "l"."Code" = @councils4 AND (EXISTS (
        SELECT 1
        FROM "SchoolEnrolments" AS "s"
        WHERE "p"."Id" = "s"."PersonId" AND "s"."SchoolId" = @schoolId AND "s"."StartDate" <= @day AND ("s"."EndDate" IS NULL OR "s"."EndDate" >= @day3)) OR EXISTS (
        SELECT 1
        FROM "Consents" AS "c0"
        WHERE "p"."Id" = "c0"."ChildId" AND "c0"."GivenAt" <= @at AND ("c0"."WithdrawnAt" IS NULL OR "c0"."WithdrawnAt" > @at5) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS "c1"
            WHERE "c0"."Id" = "c1"."ConsentId" AND "c1"."Agency" = @agency AND "c1"."Category" = @category)))
    ORDER BY "p"."Id", "l"."Id"
    LIMIT @p
) AS "s16"
INNER JOIN (
    SELECT "m32"."Id", "m31"."MeetingId", "m31"."ChildId", "l8"."Id" AS "Id0"
    FROM "MeetingChildren" AS "m31"
    INNER JOIN "Meetings" AS "m32" ON "m31"."MeetingId" = "m32"."Id"
    INNER JOIN "LocalAuthorities" AS "l8" ON "m32"."LocalAuthorityId" = "l8"."Id"
    WHERE "m32"."Kind" = 'StrategyDiscussion' AND "l8"."Code" = @councils172 AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m33"
        WHERE "m32"."Id" = "m33"."MeetingId" AND "m33"."Agency" = @agency18 AND "m33"."OrganisationId" = @school) AND ("m32"."HeldAt" > @now OR EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS "m34"
        INNER JOIN "People" AS "p20" ON "m34"."ChildId" = "p20"."Id"
        WHERE "m32"."Id" = "m34"."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS "s10"
            WHERE "p20"."Id" = "s10"."ChildId" AND "s10"."StartDate" <= @day21 AND ("s10"."EndDate" IS NULL OR "s10"."EndDate" >= @day22)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS "p21"
            WHERE "p20"."Id" = "p21"."ChildId" AND "p21"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p21"."StartDate" <= @day21 AND ("p21"."EndDate" IS NULL OR "p21"."EndDate" >= @day22)))))
) AS "s17" ON "s16"."Id" = "s17"."ChildId"
INNER JOIN (
    SELECT "m43"."Description", "m43"."OwnerAgency", 0 AS "c", "m43"."Id", "m43"."MeetingId"
    FROM "MeetingActions" AS "m43"
    INNER JOIN "Meetings" AS "m44" ON "m43"."MeetingId" = "m44"."Id"
    INNER JOIN "LocalAuthorities" AS "l11" ON "m44"."LocalAuthorityId" = "l11"."Id"
    WHERE "l11"."Code" = @councils251 AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m45"
        WHERE "m44"."Id" = "m45"."MeetingId" AND "m45"."Agency" = @agency26 AND "m45"."OrganisationId" = @school27) AND ("m44"."HeldAt" > @now28 OR EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS "m46"
        INNER JOIN "People" AS "p26" ON "m46"."ChildId" = "p26"."Id"
        WHERE "m44"."Id" = "m46"."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS "s13"
            WHERE "p26"."Id" = "s13"."ChildId" AND "s13"."StartDate" <= @day29 AND ("s13"."EndDate" IS NULL OR "s13"."EndDate" >= @day30)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS "p27"
            WHERE "p26"."Id" = "p27"."ChildId" AND "p27"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p27"."StartDate" <= @day29 AND ("p27"."EndDate" IS NULL OR "p27"."EndDate" >= @day30)))))
) AS "s18" ON "s17"."Id" = "s18"."MeetingId"
ORDER BY "s16"."Id", "s16"."Id0", "s17"."Id", "s17"."MeetingId", "s17"."ChildId", "s17"."Id0", "s18"."Id"

-- statement 6
SELECT "m"."MeetingId" AS "K", "m"."ChildId" AS "C"
FROM "MeetingChildren" AS "m"
WHERE "m"."MeetingId" = @keys1

-- statement 7
SELECT "m"."Id" AS "K", "m0"."ChildId" AS "C"
FROM "MeetingActions" AS "m"
INNER JOIN "MeetingChildren" AS "m0" ON "m"."MeetingId" = "m0"."MeetingId"
WHERE "m"."Id" IN (@keys1, @keys2) AND ("m"."ChildId" IS NULL OR "m"."ChildId" = "m0"."ChildId")

-- statement 8
SELECT "p"."Id", EXISTS (
    SELECT 1
    FROM "SchoolEnrolments" AS "s"
    WHERE "p"."Id" = "s"."PersonId" AND "s"."SchoolId" = @schoolId AND "s"."StartDate" <= @day AND ("s"."EndDate" IS NULL OR "s"."EndDate" >= @day3)), EXISTS (
    SELECT 1
    FROM "Consents" AS "c"
    WHERE "p"."Id" = "c"."ChildId" AND "c"."GivenAt" <= @at AND ("c"."WithdrawnAt" IS NULL OR "c"."WithdrawnAt" > @at5) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS "c0"
        WHERE "c"."Id" = "c0"."ConsentId" AND "c0"."Agency" = @agency AND "c0"."Category" = @category)), EXISTS (
    SELECT 1
    FROM "SchoolEnrolments" AS "s0"
    WHERE "p"."Id" = "s0"."PersonId" AND "s0"."SchoolId" = @schoolId8 AND "s0"."StartDate" <= @day9 AND ("s0"."EndDate" IS NULL OR "s0"."EndDate" >= @day10)), EXISTS (
    SELECT 1
    FROM "Consents" AS "c1"
    WHERE "p"."Id" = "c1"."ChildId" AND "c1"."GivenAt" <= @at11 AND ("c1"."WithdrawnAt" IS NULL OR "c1"."WithdrawnAt" > @at12) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS "c2"
        WHERE "c1"."Id" = "c2"."ConsentId" AND "c2"."Agency" = @agency13 AND "c2"."Category" = @category14)), 1
FROM "People" AS "p"
WHERE "p"."Id" IN (@ids1, @ids2, @ids3)

-- statement 9
SELECT "p"."Id", "p"."CaseHoldingHubId" AS "Hub"
FROM "People" AS "p"
WHERE "p"."Id" IN (@children1, @children2, @children3) AND "p"."CaseHoldingHubId" IS NOT NULL

