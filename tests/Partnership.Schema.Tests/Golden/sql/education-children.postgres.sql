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
WHERE p."Kind" = 'Child' AND p."Kind" = 'Child' AND l."Id" IS NOT NULL AND (l."Code" = ANY (@councils) OR (l."Code" IS NULL AND array_position(@councils, NULL) IS NOT NULL)) AND (EXISTS (
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
WHERE p."Kind" = 'Child' AND p."Kind" = 'Child' AND l."Id" IS NOT NULL AND (l."Code" = ANY (@councils) OR (l."Code" IS NULL AND array_position(@councils, NULL) IS NOT NULL)) AND (EXISTS (
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
SELECT p42."Kind", s23."Id", s23."Id0"
FROM (
    SELECT p."Id", l."Id" AS "Id0"
    FROM "People" AS p
    LEFT JOIN "LocalAuthorities" AS l ON p."LocalAuthorityId" = l."Id"
    WHERE p."Kind" = 'Child' AND p."Kind" = 'Child' AND l."Id" IS NOT NULL AND (l."Code" = ANY (@councils) OR (l."Code" IS NULL AND array_position(@councils, NULL) IS NOT NULL)) AND (EXISTS (
        SELECT 1
        FROM "SchoolEnrolments" AS s
        WHERE p."Id" = s."PersonId" AND s."SchoolId" = @schoolId AND s."StartDate" <= @day AND (s."EndDate" IS NULL OR s."EndDate" >= @day3)) OR EXISTS (
        SELECT 1
        FROM "Consents" AS c0
        WHERE p."Id" = c0."ChildId" AND c0."GivenAt" <= @at AND (c0."WithdrawnAt" IS NULL OR c0."WithdrawnAt" > @at5) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS c1
            WHERE c0."Id" = c1."ConsentId" AND c1."Agency" = @agency AND c1."Category" = @category)))
    ORDER BY p."Id", l."Id"
    LIMIT @p
) AS s23
INNER JOIN (
    SELECT p5."Kind", p5."ChildId"
    FROM "Plans" AS p5
    WHERE p5."EndDate" IS NULL OR p5."EndDate" >= @Today
) AS p42 ON s23."Id" = p42."ChildId"
ORDER BY s23."Id", s23."Id0", p42."Kind"

-- statement 5
SELECT s25."HeldAt", s24."Id", s24."Id0", s25."MeetingId", s25."ChildId", s25."Id", s25."Id0", s25.c
FROM (
    SELECT p."Id", l."Id" AS "Id0"
    FROM "People" AS p
    LEFT JOIN "LocalAuthorities" AS l ON p."LocalAuthorityId" = l."Id"
    WHERE p."Kind" = 'Child' AND p."Kind" = 'Child' AND l."Id" IS NOT NULL AND (l."Code" = ANY (@councils) OR (l."Code" IS NULL AND array_position(@councils, NULL) IS NOT NULL)) AND (EXISTS (
        SELECT 1
        FROM "SchoolEnrolments" AS s
        WHERE p."Id" = s."PersonId" AND s."SchoolId" = @schoolId AND s."StartDate" <= @day AND (s."EndDate" IS NULL OR s."EndDate" >= @day3)) OR EXISTS (
        SELECT 1
        FROM "Consents" AS c0
        WHERE p."Id" = c0."ChildId" AND c0."GivenAt" <= @at AND (c0."WithdrawnAt" IS NULL OR c0."WithdrawnAt" > @at5) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS c1
            WHERE c0."Id" = c1."ConsentId" AND c1."Agency" = @agency AND c1."Category" = @category)))
    ORDER BY p."Id", l."Id"
    LIMIT @p
) AS s24
INNER JOIN (
    SELECT m48."HeldAt", 0 AS c, m48."Id", m47."MeetingId", m47."ChildId", l12."Id" AS "Id0"
    FROM "MeetingChildren" AS m47
    INNER JOIN "Meetings" AS m48 ON m47."MeetingId" = m48."Id"
    INNER JOIN "LocalAuthorities" AS l12 ON m48."LocalAuthorityId" = l12."Id"
    WHERE m48."Kind" = 'StrategyDiscussion' AND l12."Code" = ANY (@councils17) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m49
        WHERE m48."Id" = m49."MeetingId" AND m49."Agency" = @agency18 AND m49."OrganisationId" = @school) AND (m48."HeldAt" > @now OR EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS m50
        INNER JOIN "People" AS p30 ON m50."ChildId" = p30."Id"
        WHERE m48."Id" = m50."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS s16
            WHERE p30."Id" = s16."ChildId" AND s16."StartDate" <= @day21 AND (s16."EndDate" IS NULL OR s16."EndDate" >= @day22)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS p31
            WHERE p30."Id" = p31."ChildId" AND p31."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p31."StartDate" <= @day21 AND (p31."EndDate" IS NULL OR p31."EndDate" >= @day22)))))
) AS s25 ON s24."Id" = s25."ChildId"
ORDER BY s24."Id", s24."Id0", s25."Id", s25."MeetingId", s25."ChildId", s25."Id0"

-- statement 6
SELECT s26."Description", s26."OwnerAgency", s26.c, s26."Id", s24."Id", s24."Id0", s25."MeetingId", s25."ChildId", s25."Id", s25."Id0"
FROM (
    SELECT p."Id", l."Id" AS "Id0"
    FROM "People" AS p
    LEFT JOIN "LocalAuthorities" AS l ON p."LocalAuthorityId" = l."Id"
    WHERE p."Kind" = 'Child' AND p."Kind" = 'Child' AND l."Id" IS NOT NULL AND (l."Code" = ANY (@councils) OR (l."Code" IS NULL AND array_position(@councils, NULL) IS NOT NULL)) AND (EXISTS (
        SELECT 1
        FROM "SchoolEnrolments" AS s
        WHERE p."Id" = s."PersonId" AND s."SchoolId" = @schoolId AND s."StartDate" <= @day AND (s."EndDate" IS NULL OR s."EndDate" >= @day3)) OR EXISTS (
        SELECT 1
        FROM "Consents" AS c0
        WHERE p."Id" = c0."ChildId" AND c0."GivenAt" <= @at AND (c0."WithdrawnAt" IS NULL OR c0."WithdrawnAt" > @at5) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS c1
            WHERE c0."Id" = c1."ConsentId" AND c1."Agency" = @agency AND c1."Category" = @category)))
    ORDER BY p."Id", l."Id"
    LIMIT @p
) AS s24
INNER JOIN (
    SELECT m48."Id", m47."MeetingId", m47."ChildId", l12."Id" AS "Id0"
    FROM "MeetingChildren" AS m47
    INNER JOIN "Meetings" AS m48 ON m47."MeetingId" = m48."Id"
    INNER JOIN "LocalAuthorities" AS l12 ON m48."LocalAuthorityId" = l12."Id"
    WHERE m48."Kind" = 'StrategyDiscussion' AND l12."Code" = ANY (@councils17) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m49
        WHERE m48."Id" = m49."MeetingId" AND m49."Agency" = @agency18 AND m49."OrganisationId" = @school) AND (m48."HeldAt" > @now OR EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS m50
        INNER JOIN "People" AS p30 ON m50."ChildId" = p30."Id"
        WHERE m48."Id" = m50."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS s16
            WHERE p30."Id" = s16."ChildId" AND s16."StartDate" <= @day21 AND (s16."EndDate" IS NULL OR s16."EndDate" >= @day22)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS p31
            WHERE p30."Id" = p31."ChildId" AND p31."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p31."StartDate" <= @day21 AND (p31."EndDate" IS NULL OR p31."EndDate" >= @day22)))))
) AS s25 ON s24."Id" = s25."ChildId"
INNER JOIN (
    SELECT m67."Description", m67."OwnerAgency", 0 AS c, m67."Id", m67."MeetingId"
    FROM "MeetingActions" AS m67
    INNER JOIN "Meetings" AS m68 ON m67."MeetingId" = m68."Id"
    INNER JOIN "LocalAuthorities" AS l17 ON m68."LocalAuthorityId" = l17."Id"
    WHERE l17."Code" = ANY (@councils25) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m69
        WHERE m68."Id" = m69."MeetingId" AND m69."Agency" = @agency26 AND m69."OrganisationId" = @school27) AND (m68."HeldAt" > @now28 OR EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS m70
        INNER JOIN "People" AS p40 ON m70."ChildId" = p40."Id"
        WHERE m68."Id" = m70."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS s21
            WHERE p40."Id" = s21."ChildId" AND s21."StartDate" <= @day29 AND (s21."EndDate" IS NULL OR s21."EndDate" >= @day30)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS p41
            WHERE p40."Id" = p41."ChildId" AND p41."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p41."StartDate" <= @day29 AND (p41."EndDate" IS NULL OR p41."EndDate" >= @day30)))))
) AS s26 ON s25."Id" = s26."MeetingId"
ORDER BY s24."Id", s24."Id0", s25."Id", s25."MeetingId", s25."ChildId", s25."Id0", s26."Id"

-- statement 7
SELECT m."MeetingId" AS "K", m."ChildId" AS "C"
FROM "MeetingChildren" AS m
WHERE m."MeetingId" = ANY (@keys)

-- statement 8
SELECT m."Id" AS "K", m0."ChildId" AS "C"
FROM "MeetingActions" AS m
INNER JOIN "MeetingChildren" AS m0 ON m."MeetingId" = m0."MeetingId"
WHERE m."Id" = ANY (@keys) AND (m."ChildId" IS NULL OR m."ChildId" = m0."ChildId")

-- statement 9
SELECT p."Id", EXISTS (
    SELECT 1
    FROM "SchoolEnrolments" AS s
    WHERE p."Id" = s."PersonId" AND s."SchoolId" = @schoolId AND s."StartDate" <= @day AND (s."EndDate" IS NULL OR s."EndDate" >= @day3)), EXISTS (
    SELECT 1
    FROM "Consents" AS c
    WHERE p."Id" = c."ChildId" AND c."GivenAt" <= @at AND (c."WithdrawnAt" IS NULL OR c."WithdrawnAt" > @at5) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c0
        WHERE c."Id" = c0."ConsentId" AND c0."Agency" = @agency AND c0."Category" = @category)), EXISTS (
    SELECT 1
    FROM "SchoolEnrolments" AS s0
    WHERE p."Id" = s0."PersonId" AND s0."SchoolId" = @schoolId8 AND s0."StartDate" <= @day9 AND (s0."EndDate" IS NULL OR s0."EndDate" >= @day10)), EXISTS (
    SELECT 1
    FROM "Consents" AS c1
    WHERE p."Id" = c1."ChildId" AND c1."GivenAt" <= @at11 AND (c1."WithdrawnAt" IS NULL OR c1."WithdrawnAt" > @at12) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c2
        WHERE c1."Id" = c2."ConsentId" AND c2."Agency" = @agency13 AND c2."Category" = @category14)), TRUE
FROM "People" AS p
WHERE p."Id" = ANY (@ids)

-- statement 10
SELECT p."Id", p."CaseHoldingHubId" AS "Hub"
FROM "People" AS p
WHERE p."Id" = ANY (@children) AND p."CaseHoldingHubId" IS NOT NULL

