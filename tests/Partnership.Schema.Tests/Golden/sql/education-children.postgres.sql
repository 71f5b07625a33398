-- statement 1
SELECT o."Id"
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
SELECT count(*)::int
FROM "People" AS p
LEFT JOIN "LocalAuthorities" AS l ON p."LocalAuthorityId" = l."Id"
WHERE p."Kind" = 'Child' AND p."Kind" = 'Child' AND l."Id" IS NOT NULL AND l."Code" = @Value AND (EXISTS (
    SELECT 1
    FROM "SchoolEnrolments" AS s
    WHERE p."Id" = s."PersonId" AND s."SchoolId" = @schoolId AND s."StartDate" <= @day AND (s."EndDate" IS NULL OR s."EndDate" >= @day3)) OR EXISTS (
    SELECT 1
    FROM "Consents" AS c
    WHERE p."Id" = c."ChildId" AND c."GivenAt" <= @at AND (c."WithdrawnAt" IS NULL OR c."WithdrawnAt" > @at5) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c0
        WHERE c."Id" = c0."ConsentId" AND c0."Agency" = @agency AND c0."Category" = @category)))

-- statement 3
SELECT p."GivenName", p."Upn"::text, EXISTS (
    SELECT 1
    FROM "SchoolEnrolments" AS s0
    WHERE p."Id" = s0."PersonId" AND s0."SchoolId" = @schoolId9 AND s0."StartDate" <= @day10 AND (s0."EndDate" IS NULL OR s0."EndDate" >= @day11)) OR EXISTS (
    SELECT 1
    FROM "Consents" AS c1
    WHERE p."Id" = c1."ChildId" AND c1."GivenAt" <= @at12 AND (c1."WithdrawnAt" IS NULL OR c1."WithdrawnAt" > @at13) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c2
        WHERE c1."Id" = c2."ConsentId" AND c2."Agency" = @agency14 AND c2."Category" = @category15)), p."Id", l."Id", CASE
    WHEN EXISTS (
        SELECT 1
        FROM "SchoolEnrolments" AS s1
        WHERE p."Id" = s1."PersonId" AND s1."SchoolId" = @schoolId9 AND s1."StartDate" <= @day10 AND (s1."EndDate" IS NULL OR s1."EndDate" >= @day11)) OR EXISTS (
        SELECT 1
        FROM "Consents" AS c3
        WHERE p."Id" = c3."ChildId" AND c3."GivenAt" <= @at12 AND (c3."WithdrawnAt" IS NULL OR c3."WithdrawnAt" > @at13) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS c4
            WHERE c3."Id" = c4."ConsentId" AND c4."Agency" = @agency14 AND c4."Category" = @category15)) THEN 0
    ELSE 1
END
FROM "People" AS p
LEFT JOIN "LocalAuthorities" AS l ON p."LocalAuthorityId" = l."Id"
WHERE p."Kind" = 'Child' AND p."Kind" = 'Child' AND l."Id" IS NOT NULL AND l."Code" = @Value AND (EXISTS (
    SELECT 1
    FROM "SchoolEnrolments" AS s
    WHERE p."Id" = s."PersonId" AND s."SchoolId" = @schoolId AND s."StartDate" <= @day AND (s."EndDate" IS NULL OR s."EndDate" >= @day3)) OR EXISTS (
    SELECT 1
    FROM "Consents" AS c
    WHERE p."Id" = c."ChildId" AND c."GivenAt" <= @at AND (c."WithdrawnAt" IS NULL OR c."WithdrawnAt" > @at5) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c0
        WHERE c."Id" = c0."ConsentId" AND c0."Agency" = @agency AND c0."Category" = @category)))
ORDER BY p."Id", l."Id"
LIMIT @p

-- statement 4
SELECT p12."Kind", s8."Id", s8."Id0"
FROM (
    SELECT p."Id", l."Id" AS "Id0"
    FROM "People" AS p
    LEFT JOIN "LocalAuthorities" AS l ON p."LocalAuthorityId" = l."Id"
    WHERE p."Kind" = 'Child' AND p."Kind" = 'Child' AND l."Id" IS NOT NULL AND l."Code" = @Value AND (EXISTS (
        SELECT 1
        FROM "SchoolEnrolments" AS s
        WHERE p."Id" = s."PersonId" AND s."SchoolId" = @schoolId AND s."StartDate" <= @day AND (s."EndDate" IS NULL OR s."EndDate" >= @day3)) OR EXISTS (
        SELECT 1
        FROM "Consents" AS c
        WHERE p."Id" = c."ChildId" AND c."GivenAt" <= @at AND (c."WithdrawnAt" IS NULL OR c."WithdrawnAt" > @at5) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS c0
            WHERE c."Id" = c0."ConsentId" AND c0."Agency" = @agency AND c0."Category" = @category)))
    ORDER BY p."Id", l."Id"
    LIMIT @p
) AS s8
INNER JOIN (
    SELECT p5."Kind", p5."ChildId"
    FROM "Plans" AS p5
    WHERE p5."EndDate" IS NULL OR p5."EndDate" >= @Today
) AS p12 ON s8."Id" = p12."ChildId"
ORDER BY s8."Id", s8."Id0", p12."Kind"

-- statement 5
SELECT s10."HeldAt", s9."Id", s9."Id0", s10."MeetingId", s10."ChildId", s10."Id", s10."Id0", s10.c
FROM (
    SELECT p."Id", l."Id" AS "Id0"
    FROM "People" AS p
    LEFT JOIN "LocalAuthorities" AS l ON p."LocalAuthorityId" = l."Id"
    WHERE p."Kind" = 'Child' AND p."Kind" = 'Child' AND l."Id" IS NOT NULL AND l."Code" = @Value AND (EXISTS (
        SELECT 1
        FROM "SchoolEnrolments" AS s
        WHERE p."Id" = s."PersonId" AND s."SchoolId" = @schoolId AND s."StartDate" <= @day AND (s."EndDate" IS NULL OR s."EndDate" >= @day3)) OR EXISTS (
        SELECT 1
        FROM "Consents" AS c
        WHERE p."Id" = c."ChildId" AND c."GivenAt" <= @at AND (c."WithdrawnAt" IS NULL OR c."WithdrawnAt" > @at5) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS c0
            WHERE c."Id" = c0."ConsentId" AND c0."Agency" = @agency AND c0."Category" = @category)))
    ORDER BY p."Id", l."Id"
    LIMIT @p
) AS s9
INNER JOIN (
    SELECT m18."HeldAt", 0 AS c, m18."Id", m17."MeetingId", m17."ChildId", l2."Id" AS "Id0"
    FROM "MeetingChildren" AS m17
    INNER JOIN "Meetings" AS m18 ON m17."MeetingId" = m18."Id"
    INNER JOIN "LocalAuthorities" AS l2 ON m18."LocalAuthorityId" = l2."Id"
    WHERE m18."Kind" = 'StrategyDiscussion' AND l2."Code" = @Value17 AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m19
        WHERE m18."Id" = m19."MeetingId" AND m19."Agency" = @agency18 AND m19."OrganisationId" = @school) AND (m18."HeldAt" > @now OR EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS m20
        INNER JOIN "People" AS p10 ON m20."ChildId" = p10."Id"
        WHERE m18."Id" = m20."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS s6
            WHERE p10."Id" = s6."ChildId" AND s6."StartDate" <= @day21 AND (s6."EndDate" IS NULL OR s6."EndDate" >= @day22)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS p11
            WHERE p10."Id" = p11."ChildId" AND p11."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p11."StartDate" <= @day21 AND (p11."EndDate" IS NULL OR p11."EndDate" >= @day22)))))
) AS s10 ON s9."Id" = s10."ChildId"
ORDER BY s9."Id", s9."Id0", s10."Id", s10."MeetingId", s10."ChildId", s10."Id0"

-- statement 6
SELECT m25."Description", m25."OwnerAgency", 0, m25."Id", s9."Id", s9."Id0", s10."MeetingId", s10."ChildId", s10."Id", s10."Id0"
FROM (
    SELECT p."Id", l."Id" AS "Id0"
    FROM "People" AS p
    LEFT JOIN "LocalAuthorities" AS l ON p."LocalAuthorityId" = l."Id"
    WHERE p."Kind" = 'Child' AND p."Kind" = 'Child' AND l."Id" IS NOT NULL AND l."Code" = @Value AND (EXISTS (
        SELECT 1
        FROM "SchoolEnrolments" AS s
        WHERE p."Id" = s."PersonId" AND s."SchoolId" = @schoolId AND s."StartDate" <= @day AND (s."EndDate" IS NULL OR s."EndDate" >= @day3)) OR EXISTS (
        SELECT 1
        FROM "Consents" AS c
        WHERE p."Id" = c."ChildId" AND c."GivenAt" <= @at AND (c."WithdrawnAt" IS NULL OR c."WithdrawnAt" > @at5) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS c0
            WHERE c."Id" = c0."ConsentId" AND c0."Agency" = @agency AND c0."Category" = @category)))
    ORDER BY p."Id", l."Id"
    LIMIT @p
) AS s9
INNER JOIN (
    SELECT m18."Id", m17."MeetingId", m17."ChildId", l2."Id" AS "Id0"
    FROM "MeetingChildren" AS m17
    INNER JOIN "Meetings" AS m18 ON m17."MeetingId" = m18."Id"
    INNER JOIN "LocalAuthorities" AS l2 ON m18."LocalAuthorityId" = l2."Id"
    WHERE m18."Kind" = 'StrategyDiscussion' AND l2."Code" = @Value17 AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m19
        WHERE m18."Id" = m19."MeetingId" AND m19."Agency" = @agency18 AND m19."OrganisationId" = @school) AND (m18."HeldAt" > @now OR EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS m20
        INNER JOIN "People" AS p10 ON m20."ChildId" = p10."Id"
        WHERE m18."Id" = m20."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS s6
            WHERE p10."Id" = s6."ChildId" AND s6."StartDate" <= @day21 AND (s6."EndDate" IS NULL OR s6."EndDate" >= @day22)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS p11
            WHERE p10."Id" = p11."ChildId" AND p11."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p11."StartDate" <= @day21 AND (p11."EndDate" IS NULL OR p11."EndDate" >= @day22)))))
) AS s10 ON s9."Id" = s10."ChildId"
INNER JOIN "MeetingActions" AS m25 ON s10."Id" = m25."MeetingId"
ORDER BY s9."Id", s9."Id0", s10."Id", s10."MeetingId", s10."ChildId", s10."Id0", m25."Id"

-- statement 7
SELECT m."MeetingId" AS "K", m."ChildId" AS "C"
FROM "MeetingChildren" AS m
WHERE m."MeetingId" = @Value

-- statement 8
SELECT m."Id" AS "K", m0."ChildId" AS "C"
FROM "MeetingActions" AS m
INNER JOIN "MeetingChildren" AS m0 ON m."MeetingId" = m0."MeetingId"
WHERE (m."Id" = @Value OR m."Id" = @Value1) AND (m."ChildId" IS NULL OR m."ChildId" = m0."ChildId")

-- statement 9
SELECT p."Id", EXISTS (
    SELECT 1
    FROM "SchoolEnrolments" AS s
    WHERE p."Id" = s."PersonId" AND s."SchoolId" = @schoolId AND s."StartDate" <= @day AND (s."EndDate" IS NULL OR s."EndDate" >= @day6)), EXISTS (
    SELECT 1
    FROM "Consents" AS c
    WHERE p."Id" = c."ChildId" AND c."GivenAt" <= @at AND (c."WithdrawnAt" IS NULL OR c."WithdrawnAt" > @at8) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c0
        WHERE c."Id" = c0."ConsentId" AND c0."Agency" = @agency AND c0."Category" = @category)), EXISTS (
    SELECT 1
    FROM "SchoolEnrolments" AS s0
    WHERE p."Id" = s0."PersonId" AND s0."SchoolId" = @schoolId11 AND s0."StartDate" <= @day12 AND (s0."EndDate" IS NULL OR s0."EndDate" >= @day13)), EXISTS (
    SELECT 1
    FROM "Consents" AS c1
    WHERE p."Id" = c1."ChildId" AND c1."GivenAt" <= @at14 AND (c1."WithdrawnAt" IS NULL OR c1."WithdrawnAt" > @at15) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c2
        WHERE c1."Id" = c2."ConsentId" AND c2."Agency" = @agency16 AND c2."Category" = @category17)), TRUE
FROM "People" AS p
WHERE p."Id" = @Value OR p."Id" = @Value1 OR p."Id" = @Value2 OR p."Id" = @Value3

-- statement 10
SELECT p."Id", p."CaseHoldingHubId" AS "Hub"
FROM "People" AS p
WHERE (p."Id" = @Value OR p."Id" = @Value1 OR p."Id" = @Value2 OR p."Id" = @Value3) AND p."CaseHoldingHubId" IS NOT NULL

