-- statement 1
SELECT count(*)::int
FROM "Meetings" AS m
INNER JOIN "LocalAuthorities" AS l ON m."LocalAuthorityId" = l."Id"
WHERE m."Kind" = 'StrategyDiscussion' AND (l."Code" = @Value OR l."Code" = @Value1 OR l."Code" = @Value2 OR l."Code" = @Value3 OR l."Code" = @Value4 OR l."Code" = @Value5 OR l."Code" = @Value6 OR l."Code" = @Value7) AND EXISTS (
    SELECT 1
    FROM "MeetingInvitations" AS m0
    WHERE m."Id" = m0."MeetingId" AND m0."Agency" = @agency) AND (m."HeldAt" > @now OR EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS m1
    INNER JOIN "People" AS p ON m1."ChildId" = p."Id"
    WHERE m."Id" = m1."MeetingId" AND (EXISTS (
        SELECT 1
        FROM "Section47Enquiries" AS s
        WHERE p."Id" = s."ChildId" AND s."StartDate" <= @day AND (s."EndDate" IS NULL OR s."EndDate" >= @day11)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS p0
        WHERE p."Id" = p0."ChildId" AND p0."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p0."StartDate" <= @day AND (p0."EndDate" IS NULL OR p0."EndDate" >= @day11))))) AND m."HeldAt" >= @Value14 AND EXISTS (
    SELECT 1
    FROM "MeetingInvitations" AS m2
    INNER JOIN "Meetings" AS m3 ON m2."MeetingId" = m3."Id"
    INNER JOIN "LocalAuthorities" AS l0 ON m3."LocalAuthorityId" = l0."Id"
    WHERE m."Id" = m2."MeetingId" AND (l0."Code" = @Value15 OR l0."Code" = @Value16 OR l0."Code" = @Value17 OR l0."Code" = @Value18 OR l0."Code" = @Value19 OR l0."Code" = @Value20 OR l0."Code" = @Value21 OR l0."Code" = @Value22) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m4
        WHERE m3."Id" = m4."MeetingId" AND m4."Agency" = @agency23) AND (m3."HeldAt" > @now24 OR EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS m5
        INNER JOIN "People" AS p1 ON m5."ChildId" = p1."Id"
        WHERE m3."Id" = m5."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS s0
            WHERE p1."Id" = s0."ChildId" AND s0."StartDate" <= @day25 AND (s0."EndDate" IS NULL OR s0."EndDate" >= @day26)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS p2
            WHERE p1."Id" = p2."ChildId" AND p2."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p2."StartDate" <= @day25 AND (p2."EndDate" IS NULL OR p2."EndDate" >= @day26))))) AND m2."Agency" = @Value29)

-- statement 2
SELECT m."HeldAt", FALSE, l."Code", 0, l."Id", m."Id", FALSE, m."DecisionStartSection47"
FROM "Meetings" AS m
INNER JOIN "LocalAuthorities" AS l ON m."LocalAuthorityId" = l."Id"
WHERE m."Kind" = 'StrategyDiscussion' AND (l."Code" = @Value OR l."Code" = @Value1 OR l."Code" = @Value2 OR l."Code" = @Value3 OR l."Code" = @Value4 OR l."Code" = @Value5 OR l."Code" = @Value6 OR l."Code" = @Value7) AND EXISTS (
    SELECT 1
    FROM "MeetingInvitations" AS m0
    WHERE m."Id" = m0."MeetingId" AND m0."Agency" = @agency) AND (m."HeldAt" > @now OR EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS m1
    INNER JOIN "People" AS p ON m1."ChildId" = p."Id"
    WHERE m."Id" = m1."MeetingId" AND (EXISTS (
        SELECT 1
        FROM "Section47Enquiries" AS s
        WHERE p."Id" = s."ChildId" AND s."StartDate" <= @day AND (s."EndDate" IS NULL OR s."EndDate" >= @day11)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS p0
        WHERE p."Id" = p0."ChildId" AND p0."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p0."StartDate" <= @day AND (p0."EndDate" IS NULL OR p0."EndDate" >= @day11))))) AND m."HeldAt" >= @Value14 AND EXISTS (
    SELECT 1
    FROM "MeetingInvitations" AS m2
    INNER JOIN "Meetings" AS m3 ON m2."MeetingId" = m3."Id"
    INNER JOIN "LocalAuthorities" AS l0 ON m3."LocalAuthorityId" = l0."Id"
    WHERE m."Id" = m2."MeetingId" AND (l0."Code" = @Value15 OR l0."Code" = @Value16 OR l0."Code" = @Value17 OR l0."Code" = @Value18 OR l0."Code" = @Value19 OR l0."Code" = @Value20 OR l0."Code" = @Value21 OR l0."Code" = @Value22) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m4
        WHERE m3."Id" = m4."MeetingId" AND m4."Agency" = @agency23) AND (m3."HeldAt" > @now24 OR EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS m5
        INNER JOIN "People" AS p1 ON m5."ChildId" = p1."Id"
        WHERE m3."Id" = m5."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS s0
            WHERE p1."Id" = s0."ChildId" AND s0."StartDate" <= @day25 AND (s0."EndDate" IS NULL OR s0."EndDate" >= @day26)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS p2
            WHERE p1."Id" = p2."ChildId" AND p2."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p2."StartDate" <= @day25 AND (p2."EndDate" IS NULL OR p2."EndDate" >= @day26))))) AND m2."Agency" = @Value29)
ORDER BY m."HeldAt" DESC, m."Id", l."Id"
LIMIT @p

-- statement 3
SELECT s7."GivenName", s7.c, s7."Id", s6."Id", s6."Id0"
FROM (
    SELECT m."Id", l."Id" AS "Id0", m."HeldAt"
    FROM "Meetings" AS m
    INNER JOIN "LocalAuthorities" AS l ON m."LocalAuthorityId" = l."Id"
    WHERE m."Kind" = 'StrategyDiscussion' AND (l."Code" = @Value OR l."Code" = @Value1 OR l."Code" = @Value2 OR l."Code" = @Value3 OR l."Code" = @Value4 OR l."Code" = @Value5 OR l."Code" = @Value6 OR l."Code" = @Value7) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m0
        WHERE m."Id" = m0."MeetingId" AND m0."Agency" = @agency) AND (m."HeldAt" > @now OR EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS m1
        INNER JOIN "People" AS p ON m1."ChildId" = p."Id"
        WHERE m."Id" = m1."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS s
            WHERE p."Id" = s."ChildId" AND s."StartDate" <= @day AND (s."EndDate" IS NULL OR s."EndDate" >= @day11)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS p0
            WHERE p."Id" = p0."ChildId" AND p0."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p0."StartDate" <= @day AND (p0."EndDate" IS NULL OR p0."EndDate" >= @day11))))) AND m."HeldAt" >= @Value14 AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m2
        INNER JOIN "Meetings" AS m3 ON m2."MeetingId" = m3."Id"
        INNER JOIN "LocalAuthorities" AS l0 ON m3."LocalAuthorityId" = l0."Id"
        WHERE m."Id" = m2."MeetingId" AND (l0."Code" = @Value15 OR l0."Code" = @Value16 OR l0."Code" = @Value17 OR l0."Code" = @Value18 OR l0."Code" = @Value19 OR l0."Code" = @Value20 OR l0."Code" = @Value21 OR l0."Code" = @Value22) AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS m4
            WHERE m3."Id" = m4."MeetingId" AND m4."Agency" = @agency23) AND (m3."HeldAt" > @now24 OR EXISTS (
            SELECT 1
            FROM "MeetingChildren" AS m5
            INNER JOIN "People" AS p1 ON m5."ChildId" = p1."Id"
            WHERE m3."Id" = m5."MeetingId" AND (EXISTS (
                SELECT 1
                FROM "Section47Enquiries" AS s0
                WHERE p1."Id" = s0."ChildId" AND s0."StartDate" <= @day25 AND (s0."EndDate" IS NULL OR s0."EndDate" >= @day26)) OR EXISTS (
                SELECT 1
                FROM "Plans" AS p2
                WHERE p1."Id" = p2."ChildId" AND p2."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p2."StartDate" <= @day25 AND (p2."EndDate" IS NULL OR p2."EndDate" >= @day26))))) AND m2."Agency" = @Value29)
    ORDER BY m."HeldAt" DESC, m."Id", l."Id"
    LIMIT @p
) AS s6
INNER JOIN (
    SELECT p19."GivenName", 0 AS c, p19."Id", m22."MeetingId"
    FROM "MeetingChildren" AS m22
    INNER JOIN "People" AS p19 ON m22."ChildId" = p19."Id"
    LEFT JOIN "LocalAuthorities" AS l5 ON p19."LocalAuthorityId" = l5."Id"
    WHERE p19."Kind" = 'Child' AND l5."Id" IS NOT NULL AND (l5."Code" = @Value31 OR l5."Code" = @Value32 OR l5."Code" = @Value33 OR l5."Code" = @Value34 OR l5."Code" = @Value35 OR l5."Code" = @Value36 OR l5."Code" = @Value37 OR l5."Code" = @Value38) AND (((EXISTS (
        SELECT 1
        FROM "Section47Enquiries" AS s5
        WHERE p19."Id" = s5."ChildId" AND s5."StartDate" <= @day39 AND (s5."EndDate" IS NULL OR s5."EndDate" >= @day40)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS p20
        WHERE p19."Id" = p20."ChildId" AND p20."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p20."StartDate" <= @day39 AND (p20."EndDate" IS NULL OR p20."EndDate" >= @day40))) AND (EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS m23
        INNER JOIN "Meetings" AS m24 ON m23."MeetingId" = m24."Id"
        WHERE p19."Id" = m23."ChildId" AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS m25
            WHERE m24."Id" = m25."MeetingId" AND m25."Agency" = @agency43)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS p21
        WHERE p19."Id" = p21."ChildId" AND EXISTS (
            SELECT 1
            FROM "PlanMembers" AS p22
            WHERE p21."Id" = p22."PlanId" AND p22."Agency" = @agency430)))) OR EXISTS (
        SELECT 1
        FROM "Consents" AS c7
        WHERE p19."Id" = c7."ChildId" AND c7."GivenAt" <= @at AND (c7."WithdrawnAt" IS NULL OR c7."WithdrawnAt" > @at46) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS c8
            WHERE c7."Id" = c8."ConsentId" AND c8."Agency" = @agency47 AND c8."Category" = @category)) OR EXISTS (
        SELECT 1
        FROM "EmergencyAccessGrants" AS e3
        WHERE p19."Id" = e3."ChildId" AND e3."Subject" = @subject AND e3."GrantedAt" <= @at50 AND e3."ExpiresAt" > @at500 AND e3."RevokedAt" IS NULL))
) AS s7 ON s6."Id" = s7."MeetingId"
ORDER BY s6."HeldAt" DESC, s6."Id", s6."Id0", s7."Id"

-- statement 4
SELECT m28."Agency", m28."Status", 0, m28."Id", s8."Id", s8."Id0"
FROM (
    SELECT m."Id", l."Id" AS "Id0", m."HeldAt"
    FROM "Meetings" AS m
    INNER JOIN "LocalAuthorities" AS l ON m."LocalAuthorityId" = l."Id"
    WHERE m."Kind" = 'StrategyDiscussion' AND (l."Code" = @Value OR l."Code" = @Value1 OR l."Code" = @Value2 OR l."Code" = @Value3 OR l."Code" = @Value4 OR l."Code" = @Value5 OR l."Code" = @Value6 OR l."Code" = @Value7) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m0
        WHERE m."Id" = m0."MeetingId" AND m0."Agency" = @agency) AND (m."HeldAt" > @now OR EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS m1
        INNER JOIN "People" AS p ON m1."ChildId" = p."Id"
        WHERE m."Id" = m1."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS s
            WHERE p."Id" = s."ChildId" AND s."StartDate" <= @day AND (s."EndDate" IS NULL OR s."EndDate" >= @day11)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS p0
            WHERE p."Id" = p0."ChildId" AND p0."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p0."StartDate" <= @day AND (p0."EndDate" IS NULL OR p0."EndDate" >= @day11))))) AND m."HeldAt" >= @Value14 AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m2
        INNER JOIN "Meetings" AS m3 ON m2."MeetingId" = m3."Id"
        INNER JOIN "LocalAuthorities" AS l0 ON m3."LocalAuthorityId" = l0."Id"
        WHERE m."Id" = m2."MeetingId" AND (l0."Code" = @Value15 OR l0."Code" = @Value16 OR l0."Code" = @Value17 OR l0."Code" = @Value18 OR l0."Code" = @Value19 OR l0."Code" = @Value20 OR l0."Code" = @Value21 OR l0."Code" = @Value22) AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS m4
            WHERE m3."Id" = m4."MeetingId" AND m4."Agency" = @agency23) AND (m3."HeldAt" > @now24 OR EXISTS (
            SELECT 1
            FROM "MeetingChildren" AS m5
            INNER JOIN "People" AS p1 ON m5."ChildId" = p1."Id"
            WHERE m3."Id" = m5."MeetingId" AND (EXISTS (
                SELECT 1
                FROM "Section47Enquiries" AS s0
                WHERE p1."Id" = s0."ChildId" AND s0."StartDate" <= @day25 AND (s0."EndDate" IS NULL OR s0."EndDate" >= @day26)) OR EXISTS (
                SELECT 1
                FROM "Plans" AS p2
                WHERE p1."Id" = p2."ChildId" AND p2."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p2."StartDate" <= @day25 AND (p2."EndDate" IS NULL OR p2."EndDate" >= @day26))))) AND m2."Agency" = @Value29)
    ORDER BY m."HeldAt" DESC, m."Id", l."Id"
    LIMIT @p
) AS s8
INNER JOIN "MeetingInvitations" AS m28 ON s8."Id" = m28."MeetingId"
ORDER BY s8."HeldAt" DESC, s8."Id", s8."Id0", m28."Id"

-- statement 5
SELECT s10."Agency", s10."Text", s10.c, s10."Id", s9."Id", s9."Id0"
FROM (
    SELECT m."Id", l."Id" AS "Id0", m."HeldAt"
    FROM "Meetings" AS m
    INNER JOIN "LocalAuthorities" AS l ON m."LocalAuthorityId" = l."Id"
    WHERE m."Kind" = 'StrategyDiscussion' AND (l."Code" = @Value OR l."Code" = @Value1 OR l."Code" = @Value2 OR l."Code" = @Value3 OR l."Code" = @Value4 OR l."Code" = @Value5 OR l."Code" = @Value6 OR l."Code" = @Value7) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m0
        WHERE m."Id" = m0."MeetingId" AND m0."Agency" = @agency) AND (m."HeldAt" > @now OR EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS m1
        INNER JOIN "People" AS p ON m1."ChildId" = p."Id"
        WHERE m."Id" = m1."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS s
            WHERE p."Id" = s."ChildId" AND s."StartDate" <= @day AND (s."EndDate" IS NULL OR s."EndDate" >= @day11)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS p0
            WHERE p."Id" = p0."ChildId" AND p0."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p0."StartDate" <= @day AND (p0."EndDate" IS NULL OR p0."EndDate" >= @day11))))) AND m."HeldAt" >= @Value14 AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m2
        INNER JOIN "Meetings" AS m3 ON m2."MeetingId" = m3."Id"
        INNER JOIN "LocalAuthorities" AS l0 ON m3."LocalAuthorityId" = l0."Id"
        WHERE m."Id" = m2."MeetingId" AND (l0."Code" = @Value15 OR l0."Code" = @Value16 OR l0."Code" = @Value17 OR l0."Code" = @Value18 OR l0."Code" = @Value19 OR l0."Code" = @Value20 OR l0."Code" = @Value21 OR l0."Code" = @Value22) AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS m4
            WHERE m3."Id" = m4."MeetingId" AND m4."Agency" = @agency23) AND (m3."HeldAt" > @now24 OR EXISTS (
            SELECT 1
            FROM "MeetingChildren" AS m5
            INNER JOIN "People" AS p1 ON m5."ChildId" = p1."Id"
            WHERE m3."Id" = m5."MeetingId" AND (EXISTS (
                SELECT 1
                FROM "Section47Enquiries" AS s0
                WHERE p1."Id" = s0."ChildId" AND s0."StartDate" <= @day25 AND (s0."EndDate" IS NULL OR s0."EndDate" >= @day26)) OR EXISTS (
                SELECT 1
                FROM "Plans" AS p2
                WHERE p1."Id" = p2."ChildId" AND p2."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p2."StartDate" <= @day25 AND (p2."EndDate" IS NULL OR p2."EndDate" >= @day26))))) AND m2."Agency" = @Value29)
    ORDER BY m."HeldAt" DESC, m."Id", l."Id"
    LIMIT @p
) AS s9
INNER JOIN (
    SELECT m35."Agency", m35."Text", 0 AS c, m35."Id", m35."MeetingId"
    FROM "MeetingContributions" AS m35
    INNER JOIN "Meetings" AS m36 ON m35."MeetingId" = m36."Id"
    WHERE m35."Agency" = @agency52 OR (m35."Category" NOT IN ('AssessmentAndCaseNotes', 'ConfidentialAddress') AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m37
        WHERE m36."Id" = m37."MeetingId" AND m37."Agency" = @agency520 AND m37."Status" <> 'Apologies' AND m37."Status" <> 'DidNotAttend'))
) AS s10 ON s9."Id" = s10."MeetingId"
ORDER BY s9."HeldAt" DESC, s9."Id", s9."Id0", s10."Id"

-- statement 6
SELECT m40."Description", m40."OwnerAgency", 0, m40."Id", s11."Id", s11."Id0"
FROM (
    SELECT m."Id", l."Id" AS "Id0", m."HeldAt"
    FROM "Meetings" AS m
    INNER JOIN "LocalAuthorities" AS l ON m."LocalAuthorityId" = l."Id"
    WHERE m."Kind" = 'StrategyDiscussion' AND (l."Code" = @Value OR l."Code" = @Value1 OR l."Code" = @Value2 OR l."Code" = @Value3 OR l."Code" = @Value4 OR l."Code" = @Value5 OR l."Code" = @Value6 OR l."Code" = @Value7) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m0
        WHERE m."Id" = m0."MeetingId" AND m0."Agency" = @agency) AND (m."HeldAt" > @now OR EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS m1
        INNER JOIN "People" AS p ON m1."ChildId" = p."Id"
        WHERE m."Id" = m1."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS s
            WHERE p."Id" = s."ChildId" AND s."StartDate" <= @day AND (s."EndDate" IS NULL OR s."EndDate" >= @day11)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS p0
            WHERE p."Id" = p0."ChildId" AND p0."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p0."StartDate" <= @day AND (p0."EndDate" IS NULL OR p0."EndDate" >= @day11))))) AND m."HeldAt" >= @Value14 AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m2
        INNER JOIN "Meetings" AS m3 ON m2."MeetingId" = m3."Id"
        INNER JOIN "LocalAuthorities" AS l0 ON m3."LocalAuthorityId" = l0."Id"
        WHERE m."Id" = m2."MeetingId" AND (l0."Code" = @Value15 OR l0."Code" = @Value16 OR l0."Code" = @Value17 OR l0."Code" = @Value18 OR l0."Code" = @Value19 OR l0."Code" = @Value20 OR l0."Code" = @Value21 OR l0."Code" = @Value22) AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS m4
            WHERE m3."Id" = m4."MeetingId" AND m4."Agency" = @agency23) AND (m3."HeldAt" > @now24 OR EXISTS (
            SELECT 1
            FROM "MeetingChildren" AS m5
            INNER JOIN "People" AS p1 ON m5."ChildId" = p1."Id"
            WHERE m3."Id" = m5."MeetingId" AND (EXISTS (
                SELECT 1
                FROM "Section47Enquiries" AS s0
                WHERE p1."Id" = s0."ChildId" AND s0."StartDate" <= @day25 AND (s0."EndDate" IS NULL OR s0."EndDate" >= @day26)) OR EXISTS (
                SELECT 1
                FROM "Plans" AS p2
                WHERE p1."Id" = p2."ChildId" AND p2."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p2."StartDate" <= @day25 AND (p2."EndDate" IS NULL OR p2."EndDate" >= @day26))))) AND m2."Agency" = @Value29)
    ORDER BY m."HeldAt" DESC, m."Id", l."Id"
    LIMIT @p
) AS s11
INNER JOIN "MeetingActions" AS m40 ON s11."Id" = m40."MeetingId"
ORDER BY s11."HeldAt" DESC, s11."Id", s11."Id0", m40."Id"

-- statement 7
SELECT m."MeetingId" AS "K", m."ChildId" AS "C"
FROM "MeetingChildren" AS m
WHERE m."MeetingId" = @Value OR m."MeetingId" = @Value1 OR m."MeetingId" = @Value2 OR m."MeetingId" = @Value3

-- statement 8
SELECT m."Id" AS "K", m0."ChildId" AS "C"
FROM "MeetingInvitations" AS m
INNER JOIN "MeetingChildren" AS m0 ON m."MeetingId" = m0."MeetingId"
WHERE m."Id" = @Value OR m."Id" = @Value1 OR m."Id" = @Value2 OR m."Id" = @Value3 OR m."Id" = @Value4 OR m."Id" = @Value5 OR m."Id" = @Value6 OR m."Id" = @Value7 OR m."Id" = @Value8 OR m."Id" = @Value9 OR m."Id" = @Value10 OR m."Id" = @Value11 OR m."Id" = @Value12 OR m."Id" = @Value13 OR m."Id" = @Value14 OR m."Id" = @Value15

-- statement 9
SELECT m."MeetingId" AS "K", m."ChildId" AS "C"
FROM "MeetingChildren" AS m
WHERE m."MeetingId" = @Value OR m."MeetingId" = @Value1

-- statement 10
SELECT m."Id" AS "K", m0."ChildId" AS "C"
FROM "MeetingContributions" AS m
INNER JOIN "MeetingChildren" AS m0 ON m."MeetingId" = m0."MeetingId"
WHERE (m."Id" = @Value OR m."Id" = @Value1 OR m."Id" = @Value2 OR m."Id" = @Value3) AND (m."ChildId" IS NULL OR m."ChildId" = m0."ChildId")

-- statement 11
SELECT m."Id" AS "K", m0."ChildId" AS "C"
FROM "MeetingActions" AS m
INNER JOIN "MeetingChildren" AS m0 ON m."MeetingId" = m0."MeetingId"
WHERE (m."Id" = @Value OR m."Id" = @Value1) AND (m."ChildId" IS NULL OR m."ChildId" = m0."ChildId")

-- statement 12
SELECT p."Id", TRUE, (EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS s
    WHERE p."Id" = s."ChildId" AND s."StartDate" <= @day AND (s."EndDate" IS NULL OR s."EndDate" >= @day5)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS p0
    WHERE p."Id" = p0."ChildId" AND (p0."Kind" = 'ChildProtection' OR p0."Kind" = 'PreBirth' OR p0."Kind" = 'LookedAfter') AND p0."StartDate" <= @day AND (p0."EndDate" IS NULL OR p0."EndDate" >= @day5))) AND (EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS m
    INNER JOIN "Meetings" AS m0 ON m."MeetingId" = m0."Id"
    WHERE p."Id" = m."ChildId" AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m1
        WHERE m0."Id" = m1."MeetingId" AND m1."Agency" = @agency)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS p1
    WHERE p."Id" = p1."ChildId" AND EXISTS (
        SELECT 1
        FROM "PlanMembers" AS p2
        WHERE p1."Id" = p2."PlanId" AND p2."Agency" = @agency0))), EXISTS (
    SELECT 1
    FROM "Consents" AS c
    WHERE p."Id" = c."ChildId" AND c."GivenAt" <= @at AND (c."WithdrawnAt" IS NULL OR c."WithdrawnAt" > @at11) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c0
        WHERE c."Id" = c0."ConsentId" AND c0."Agency" = @agency12 AND c0."Category" = @category)), EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS e
    WHERE p."Id" = e."ChildId" AND e."Subject" = @subject AND e."GrantedAt" <= @at15 AND e."ExpiresAt" > @at150 AND e."RevokedAt" IS NULL)
FROM "People" AS p
WHERE p."Id" = @Value OR p."Id" = @Value1 OR p."Id" = @Value2 OR p."Id" = @Value3

-- statement 13
SELECT p."Id", p."CaseHoldingHubId" AS "Hub"
FROM "People" AS p
WHERE (p."Id" = @Value OR p."Id" = @Value1 OR p."Id" = @Value2 OR p."Id" = @Value3) AND p."CaseHoldingHubId" IS NOT NULL

