-- statement 1
SELECT count(*)::int
FROM "Meetings" AS m
INNER JOIN "LocalAuthorities" AS l ON m."LocalAuthorityId" = l."Id"
WHERE m."Kind" = 'StrategyDiscussion' AND l."Code" = ANY (@councils) AND EXISTS (
    SELECT 1
    FROM "MeetingInvitations" AS m0
    WHERE m."Id" = m0."MeetingId" AND m0."Agency" = @agency) AND (m."HeldAt" > @now OR EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS m1
    INNER JOIN "People" AS p ON m1."ChildId" = p."Id"
    WHERE m."Id" = m1."MeetingId" AND (EXISTS (
        SELECT 1
        FROM "Section47Enquiries" AS s
        WHERE p."Id" = s."ChildId" AND s."StartDate" <= @day AND (s."EndDate" IS NULL OR s."EndDate" >= @day4)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS p0
        WHERE p."Id" = p0."ChildId" AND p0."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p0."StartDate" <= @day AND (p0."EndDate" IS NULL OR p0."EndDate" >= @day4))))) AND m."HeldAt" >= @Value AND EXISTS (
    SELECT 1
    FROM "MeetingInvitations" AS m2
    INNER JOIN "Meetings" AS m3 ON m2."MeetingId" = m3."Id"
    INNER JOIN "LocalAuthorities" AS l0 ON m3."LocalAuthorityId" = l0."Id"
    WHERE m."Id" = m2."MeetingId" AND l0."Code" = ANY (@councils8) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m4
        WHERE m3."Id" = m4."MeetingId" AND m4."Agency" = @agency9) AND (m3."HeldAt" > @now10 OR EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS m5
        INNER JOIN "People" AS p1 ON m5."ChildId" = p1."Id"
        WHERE m3."Id" = m5."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS s0
            WHERE p1."Id" = s0."ChildId" AND s0."StartDate" <= @day11 AND (s0."EndDate" IS NULL OR s0."EndDate" >= @day12)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS p2
            WHERE p1."Id" = p2."ChildId" AND p2."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p2."StartDate" <= @day11 AND (p2."EndDate" IS NULL OR p2."EndDate" >= @day12))))) AND m2."Agency" = @Value15)

-- statement 2
SELECT m."HeldAt", FALSE, l."Code", 0, l."Id", m."Id", NOT (l."Code" = ANY (@councils47) AND l."Code" = ANY (@councils47) IS NOT NULL) OR NOT EXISTS (
    SELECT 1
    FROM "MeetingInvitations" AS m6
    WHERE m."Id" = m6."MeetingId" AND m6."Agency" = @agency48) OR (m."HeldAt" <= @now49 AND NOT EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS m7
    INNER JOIN "People" AS p3 ON m7."ChildId" = p3."Id"
    WHERE m."Id" = m7."MeetingId" AND (EXISTS (
        SELECT 1
        FROM "Section47Enquiries" AS s1
        WHERE p3."Id" = s1."ChildId" AND s1."StartDate" <= @day50 AND (s1."EndDate" IS NULL OR s1."EndDate" >= @day51)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS p4
        WHERE p3."Id" = p4."ChildId" AND (p4."Kind" = 'ChildProtection' OR p4."Kind" = 'PreBirth' OR p4."Kind" = 'LookedAfter') AND p4."StartDate" <= @day50 AND (p4."EndDate" IS NULL OR p4."EndDate" >= @day51))))), m."DecisionStartSection47"
FROM "Meetings" AS m
INNER JOIN "LocalAuthorities" AS l ON m."LocalAuthorityId" = l."Id"
WHERE m."Kind" = 'StrategyDiscussion' AND l."Code" = ANY (@councils) AND EXISTS (
    SELECT 1
    FROM "MeetingInvitations" AS m0
    WHERE m."Id" = m0."MeetingId" AND m0."Agency" = @agency) AND (m."HeldAt" > @now OR EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS m1
    INNER JOIN "People" AS p ON m1."ChildId" = p."Id"
    WHERE m."Id" = m1."MeetingId" AND (EXISTS (
        SELECT 1
        FROM "Section47Enquiries" AS s
        WHERE p."Id" = s."ChildId" AND s."StartDate" <= @day AND (s."EndDate" IS NULL OR s."EndDate" >= @day4)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS p0
        WHERE p."Id" = p0."ChildId" AND p0."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p0."StartDate" <= @day AND (p0."EndDate" IS NULL OR p0."EndDate" >= @day4))))) AND m."HeldAt" >= @Value AND EXISTS (
    SELECT 1
    FROM "MeetingInvitations" AS m2
    INNER JOIN "Meetings" AS m3 ON m2."MeetingId" = m3."Id"
    INNER JOIN "LocalAuthorities" AS l0 ON m3."LocalAuthorityId" = l0."Id"
    WHERE m."Id" = m2."MeetingId" AND l0."Code" = ANY (@councils8) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m4
        WHERE m3."Id" = m4."MeetingId" AND m4."Agency" = @agency9) AND (m3."HeldAt" > @now10 OR EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS m5
        INNER JOIN "People" AS p1 ON m5."ChildId" = p1."Id"
        WHERE m3."Id" = m5."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS s0
            WHERE p1."Id" = s0."ChildId" AND s0."StartDate" <= @day11 AND (s0."EndDate" IS NULL OR s0."EndDate" >= @day12)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS p2
            WHERE p1."Id" = p2."ChildId" AND p2."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p2."StartDate" <= @day11 AND (p2."EndDate" IS NULL OR p2."EndDate" >= @day12))))) AND m2."Agency" = @Value15)
ORDER BY m."HeldAt" DESC, m."Id", l."Id"
LIMIT @p

-- statement 3
SELECT s19."GivenName", s19.c, s19."Id", s18."Id", s18."Id0"
FROM (
    SELECT m."Id", l."Id" AS "Id0", m."HeldAt"
    FROM "Meetings" AS m
    INNER JOIN "LocalAuthorities" AS l ON m."LocalAuthorityId" = l."Id"
    WHERE m."Kind" = 'StrategyDiscussion' AND l."Code" = ANY (@councils) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m0
        WHERE m."Id" = m0."MeetingId" AND m0."Agency" = @agency) AND (m."HeldAt" > @now OR EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS m1
        INNER JOIN "People" AS p ON m1."ChildId" = p."Id"
        WHERE m."Id" = m1."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS s
            WHERE p."Id" = s."ChildId" AND s."StartDate" <= @day AND (s."EndDate" IS NULL OR s."EndDate" >= @day4)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS p0
            WHERE p."Id" = p0."ChildId" AND p0."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p0."StartDate" <= @day AND (p0."EndDate" IS NULL OR p0."EndDate" >= @day4))))) AND m."HeldAt" >= @Value AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m2
        INNER JOIN "Meetings" AS m3 ON m2."MeetingId" = m3."Id"
        INNER JOIN "LocalAuthorities" AS l0 ON m3."LocalAuthorityId" = l0."Id"
        WHERE m."Id" = m2."MeetingId" AND l0."Code" = ANY (@councils8) AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS m4
            WHERE m3."Id" = m4."MeetingId" AND m4."Agency" = @agency9) AND (m3."HeldAt" > @now10 OR EXISTS (
            SELECT 1
            FROM "MeetingChildren" AS m5
            INNER JOIN "People" AS p1 ON m5."ChildId" = p1."Id"
            WHERE m3."Id" = m5."MeetingId" AND (EXISTS (
                SELECT 1
                FROM "Section47Enquiries" AS s0
                WHERE p1."Id" = s0."ChildId" AND s0."StartDate" <= @day11 AND (s0."EndDate" IS NULL OR s0."EndDate" >= @day12)) OR EXISTS (
                SELECT 1
                FROM "Plans" AS p2
                WHERE p1."Id" = p2."ChildId" AND p2."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p2."StartDate" <= @day11 AND (p2."EndDate" IS NULL OR p2."EndDate" >= @day12))))) AND m2."Agency" = @Value15)
    ORDER BY m."HeldAt" DESC, m."Id", l."Id"
    LIMIT @p
) AS s18
INNER JOIN (
    SELECT p19."GivenName", 0 AS c, p19."Id", m22."MeetingId"
    FROM "MeetingChildren" AS m22
    INNER JOIN "People" AS p19 ON m22."ChildId" = p19."Id"
    LEFT JOIN "LocalAuthorities" AS l5 ON p19."LocalAuthorityId" = l5."Id"
    WHERE p19."Kind" = 'Child' AND l5."Id" IS NOT NULL AND (l5."Code" = ANY (@councils17) OR (l5."Code" IS NULL AND array_position(@councils17, NULL) IS NOT NULL)) AND (((EXISTS (
        SELECT 1
        FROM "Section47Enquiries" AS s5
        WHERE p19."Id" = s5."ChildId" AND s5."StartDate" <= @day18 AND (s5."EndDate" IS NULL OR s5."EndDate" >= @day19)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS p20
        WHERE p19."Id" = p20."ChildId" AND p20."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p20."StartDate" <= @day18 AND (p20."EndDate" IS NULL OR p20."EndDate" >= @day19))) AND (EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS m23
        INNER JOIN "Meetings" AS m24 ON m23."MeetingId" = m24."Id"
        WHERE p19."Id" = m23."ChildId" AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS m25
            WHERE m24."Id" = m25."MeetingId" AND m25."Agency" = @agency22)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS p21
        WHERE p19."Id" = p21."ChildId" AND EXISTS (
            SELECT 1
            FROM "PlanMembers" AS p22
            WHERE p21."Id" = p22."PlanId" AND p22."Agency" = @agency220)))) OR EXISTS (
        SELECT 1
        FROM "Consents" AS c14
        WHERE p19."Id" = c14."ChildId" AND c14."GivenAt" <= @at AND (c14."WithdrawnAt" IS NULL OR c14."WithdrawnAt" > @at25) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS c15
            WHERE c14."Id" = c15."ConsentId" AND c15."Agency" = @agency26 AND c15."Category" = @category)) OR EXISTS (
        SELECT 1
        FROM "EmergencyAccessGrants" AS e3
        WHERE p19."Id" = e3."ChildId" AND e3."Subject" = @subject AND e3."GrantedAt" <= @at29 AND e3."ExpiresAt" > @at290 AND e3."RevokedAt" IS NULL))
) AS s19 ON s18."Id" = s19."MeetingId"
ORDER BY s18."HeldAt" DESC, s18."Id", s18."Id0", s19."Id"

-- statement 4
SELECT s21."Agency", s21."Status", s21.c, s21."Id", s20."Id", s20."Id0"
FROM (
    SELECT m."Id", l."Id" AS "Id0", m."HeldAt"
    FROM "Meetings" AS m
    INNER JOIN "LocalAuthorities" AS l ON m."LocalAuthorityId" = l."Id"
    WHERE m."Kind" = 'StrategyDiscussion' AND l."Code" = ANY (@councils) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m0
        WHERE m."Id" = m0."MeetingId" AND m0."Agency" = @agency) AND (m."HeldAt" > @now OR EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS m1
        INNER JOIN "People" AS p ON m1."ChildId" = p."Id"
        WHERE m."Id" = m1."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS s
            WHERE p."Id" = s."ChildId" AND s."StartDate" <= @day AND (s."EndDate" IS NULL OR s."EndDate" >= @day4)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS p0
            WHERE p."Id" = p0."ChildId" AND p0."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p0."StartDate" <= @day AND (p0."EndDate" IS NULL OR p0."EndDate" >= @day4))))) AND m."HeldAt" >= @Value AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m2
        INNER JOIN "Meetings" AS m3 ON m2."MeetingId" = m3."Id"
        INNER JOIN "LocalAuthorities" AS l0 ON m3."LocalAuthorityId" = l0."Id"
        WHERE m."Id" = m2."MeetingId" AND l0."Code" = ANY (@councils8) AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS m4
            WHERE m3."Id" = m4."MeetingId" AND m4."Agency" = @agency9) AND (m3."HeldAt" > @now10 OR EXISTS (
            SELECT 1
            FROM "MeetingChildren" AS m5
            INNER JOIN "People" AS p1 ON m5."ChildId" = p1."Id"
            WHERE m3."Id" = m5."MeetingId" AND (EXISTS (
                SELECT 1
                FROM "Section47Enquiries" AS s0
                WHERE p1."Id" = s0."ChildId" AND s0."StartDate" <= @day11 AND (s0."EndDate" IS NULL OR s0."EndDate" >= @day12)) OR EXISTS (
                SELECT 1
                FROM "Plans" AS p2
                WHERE p1."Id" = p2."ChildId" AND p2."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p2."StartDate" <= @day11 AND (p2."EndDate" IS NULL OR p2."EndDate" >= @day12))))) AND m2."Agency" = @Value15)
    ORDER BY m."HeldAt" DESC, m."Id", l."Id"
    LIMIT @p
) AS s20
INNER JOIN (
    SELECT m34."Agency", m34."Status", 0 AS c, m34."Id", m34."MeetingId"
    FROM "MeetingInvitations" AS m34
    INNER JOIN "Meetings" AS m35 ON m34."MeetingId" = m35."Id"
    INNER JOIN "LocalAuthorities" AS l8 ON m35."LocalAuthorityId" = l8."Id"
    WHERE l8."Code" = ANY (@councils8) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m36
        WHERE m35."Id" = m36."MeetingId" AND m36."Agency" = @agency9) AND (m35."HeldAt" > @now10 OR EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS m37
        INNER JOIN "People" AS p27 ON m37."ChildId" = p27."Id"
        WHERE m35."Id" = m37."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS s8
            WHERE p27."Id" = s8."ChildId" AND s8."StartDate" <= @day11 AND (s8."EndDate" IS NULL OR s8."EndDate" >= @day12)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS p28
            WHERE p27."Id" = p28."ChildId" AND p28."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p28."StartDate" <= @day11 AND (p28."EndDate" IS NULL OR p28."EndDate" >= @day12)))))
) AS s21 ON s20."Id" = s21."MeetingId"
ORDER BY s20."HeldAt" DESC, s20."Id", s20."Id0", s21."Id"

-- statement 5
SELECT s23."Agency", s23."Text", s23.c, s23."Id", s22."Id", s22."Id0"
FROM (
    SELECT m."Id", l."Id" AS "Id0", m."HeldAt"
    FROM "Meetings" AS m
    INNER JOIN "LocalAuthorities" AS l ON m."LocalAuthorityId" = l."Id"
    WHERE m."Kind" = 'StrategyDiscussion' AND l."Code" = ANY (@councils) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m0
        WHERE m."Id" = m0."MeetingId" AND m0."Agency" = @agency) AND (m."HeldAt" > @now OR EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS m1
        INNER JOIN "People" AS p ON m1."ChildId" = p."Id"
        WHERE m."Id" = m1."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS s
            WHERE p."Id" = s."ChildId" AND s."StartDate" <= @day AND (s."EndDate" IS NULL OR s."EndDate" >= @day4)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS p0
            WHERE p."Id" = p0."ChildId" AND p0."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p0."StartDate" <= @day AND (p0."EndDate" IS NULL OR p0."EndDate" >= @day4))))) AND m."HeldAt" >= @Value AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m2
        INNER JOIN "Meetings" AS m3 ON m2."MeetingId" = m3."Id"
        INNER JOIN "LocalAuthorities" AS l0 ON m3."LocalAuthorityId" = l0."Id"
        WHERE m."Id" = m2."MeetingId" AND l0."Code" = ANY (@councils8) AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS m4
            WHERE m3."Id" = m4."MeetingId" AND m4."Agency" = @agency9) AND (m3."HeldAt" > @now10 OR EXISTS (
            SELECT 1
            FROM "MeetingChildren" AS m5
            INNER JOIN "People" AS p1 ON m5."ChildId" = p1."Id"
            WHERE m3."Id" = m5."MeetingId" AND (EXISTS (
                SELECT 1
                FROM "Section47Enquiries" AS s0
                WHERE p1."Id" = s0."ChildId" AND s0."StartDate" <= @day11 AND (s0."EndDate" IS NULL OR s0."EndDate" >= @day12)) OR EXISTS (
                SELECT 1
                FROM "Plans" AS p2
                WHERE p1."Id" = p2."ChildId" AND p2."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p2."StartDate" <= @day11 AND (p2."EndDate" IS NULL OR p2."EndDate" >= @day12))))) AND m2."Agency" = @Value15)
    ORDER BY m."HeldAt" DESC, m."Id", l."Id"
    LIMIT @p
) AS s22
INNER JOIN (
    SELECT m48."Agency", m48."Text", 0 AS c, m48."Id", m48."MeetingId"
    FROM "MeetingContributions" AS m48
    INNER JOIN "Meetings" AS m49 ON m48."MeetingId" = m49."Id"
    INNER JOIN "LocalAuthorities" AS l11 ON m49."LocalAuthorityId" = l11."Id"
    WHERE l11."Code" = ANY (@councils38) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m50
        WHERE m49."Id" = m50."MeetingId" AND m50."Agency" = @agency39) AND (m49."HeldAt" > @now40 OR EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS m51
        INNER JOIN "People" AS p33 ON m51."ChildId" = p33."Id"
        WHERE m49."Id" = m51."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS s11
            WHERE p33."Id" = s11."ChildId" AND s11."StartDate" <= @day41 AND (s11."EndDate" IS NULL OR s11."EndDate" >= @day42)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS p34
            WHERE p33."Id" = p34."ChildId" AND p34."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p34."StartDate" <= @day41 AND (p34."EndDate" IS NULL OR p34."EndDate" >= @day42))))) AND (m48."Agency" = @agency45 OR (m48."Category" NOT IN ('AssessmentAndCaseNotes', 'ConfidentialAddress') AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m52
        WHERE m49."Id" = m52."MeetingId" AND m52."Agency" = @agency450 AND m52."Status" <> 'Apologies' AND m52."Status" <> 'DidNotAttend')))
) AS s23 ON s22."Id" = s23."MeetingId"
ORDER BY s22."HeldAt" DESC, s22."Id", s22."Id0", s23."Id"

-- statement 6
SELECT s25."Description", s25."OwnerAgency", s25.c, s25."Id", s24."Id", s24."Id0"
FROM (
    SELECT m."Id", l."Id" AS "Id0", m."HeldAt"
    FROM "Meetings" AS m
    INNER JOIN "LocalAuthorities" AS l ON m."LocalAuthorityId" = l."Id"
    WHERE m."Kind" = 'StrategyDiscussion' AND l."Code" = ANY (@councils) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m0
        WHERE m."Id" = m0."MeetingId" AND m0."Agency" = @agency) AND (m."HeldAt" > @now OR EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS m1
        INNER JOIN "People" AS p ON m1."ChildId" = p."Id"
        WHERE m."Id" = m1."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS s
            WHERE p."Id" = s."ChildId" AND s."StartDate" <= @day AND (s."EndDate" IS NULL OR s."EndDate" >= @day4)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS p0
            WHERE p."Id" = p0."ChildId" AND p0."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p0."StartDate" <= @day AND (p0."EndDate" IS NULL OR p0."EndDate" >= @day4))))) AND m."HeldAt" >= @Value AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m2
        INNER JOIN "Meetings" AS m3 ON m2."MeetingId" = m3."Id"
        INNER JOIN "LocalAuthorities" AS l0 ON m3."LocalAuthorityId" = l0."Id"
        WHERE m."Id" = m2."MeetingId" AND l0."Code" = ANY (@councils8) AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS m4
            WHERE m3."Id" = m4."MeetingId" AND m4."Agency" = @agency9) AND (m3."HeldAt" > @now10 OR EXISTS (
            SELECT 1
            FROM "MeetingChildren" AS m5
            INNER JOIN "People" AS p1 ON m5."ChildId" = p1."Id"
            WHERE m3."Id" = m5."MeetingId" AND (EXISTS (
                SELECT 1
                FROM "Section47Enquiries" AS s0
                WHERE p1."Id" = s0."ChildId" AND s0."StartDate" <= @day11 AND (s0."EndDate" IS NULL OR s0."EndDate" >= @day12)) OR EXISTS (
                SELECT 1
                FROM "Plans" AS p2
                WHERE p1."Id" = p2."ChildId" AND p2."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p2."StartDate" <= @day11 AND (p2."EndDate" IS NULL OR p2."EndDate" >= @day12))))) AND m2."Agency" = @Value15)
    ORDER BY m."HeldAt" DESC, m."Id", l."Id"
    LIMIT @p
) AS s24
INNER JOIN (
    SELECT m67."Description", m67."OwnerAgency", 0 AS c, m67."Id", m67."MeetingId"
    FROM "MeetingActions" AS m67
    INNER JOIN "Meetings" AS m68 ON m67."MeetingId" = m68."Id"
    INNER JOIN "LocalAuthorities" AS l14 ON m68."LocalAuthorityId" = l14."Id"
    WHERE l14."Code" = ANY (@councils54) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m69
        WHERE m68."Id" = m69."MeetingId" AND m69."Agency" = @agency55) AND (m68."HeldAt" > @now56 OR EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS m70
        INNER JOIN "People" AS p45 ON m70."ChildId" = p45."Id"
        WHERE m68."Id" = m70."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS s17
            WHERE p45."Id" = s17."ChildId" AND s17."StartDate" <= @day57 AND (s17."EndDate" IS NULL OR s17."EndDate" >= @day58)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS p46
            WHERE p45."Id" = p46."ChildId" AND p46."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p46."StartDate" <= @day57 AND (p46."EndDate" IS NULL OR p46."EndDate" >= @day58)))))
) AS s25 ON s24."Id" = s25."MeetingId"
ORDER BY s24."HeldAt" DESC, s24."Id", s24."Id0", s25."Id"

-- statement 7
SELECT m."MeetingId" AS "K", m."ChildId" AS "C"
FROM "MeetingChildren" AS m
WHERE m."MeetingId" = ANY (@keys)

-- statement 8
SELECT m."Id" AS "K", m0."ChildId" AS "C"
FROM "MeetingInvitations" AS m
INNER JOIN "MeetingChildren" AS m0 ON m."MeetingId" = m0."MeetingId"
WHERE m."Id" = ANY (@keys)

-- statement 9
SELECT m."MeetingId" AS "K", m."ChildId" AS "C"
FROM "MeetingChildren" AS m
WHERE m."MeetingId" = ANY (@keys)

-- statement 10
SELECT m."Id" AS "K", m0."ChildId" AS "C"
FROM "MeetingContributions" AS m
INNER JOIN "MeetingChildren" AS m0 ON m."MeetingId" = m0."MeetingId"
WHERE m."Id" = ANY (@keys) AND (m."ChildId" IS NULL OR m."ChildId" = m0."ChildId")

-- statement 11
SELECT m."Id" AS "K", m0."ChildId" AS "C"
FROM "MeetingActions" AS m
INNER JOIN "MeetingChildren" AS m0 ON m."MeetingId" = m0."MeetingId"
WHERE m."Id" = ANY (@keys) AND (m."ChildId" IS NULL OR m."ChildId" = m0."ChildId")

-- statement 12
SELECT p."Id", TRUE, (EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS s
    WHERE p."Id" = s."ChildId" AND s."StartDate" <= @day AND (s."EndDate" IS NULL OR s."EndDate" >= @day2)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS p0
    WHERE p."Id" = p0."ChildId" AND (p0."Kind" = 'ChildProtection' OR p0."Kind" = 'PreBirth' OR p0."Kind" = 'LookedAfter') AND p0."StartDate" <= @day AND (p0."EndDate" IS NULL OR p0."EndDate" >= @day2))) AND (EXISTS (
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
    WHERE p."Id" = c."ChildId" AND c."GivenAt" <= @at AND (c."WithdrawnAt" IS NULL OR c."WithdrawnAt" > @at8) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c0
        WHERE c."Id" = c0."ConsentId" AND c0."Agency" = @agency9 AND c0."Category" = @category)), EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS e
    WHERE p."Id" = e."ChildId" AND e."Subject" = @subject AND e."GrantedAt" <= @at12 AND e."ExpiresAt" > @at120 AND e."RevokedAt" IS NULL)
FROM "People" AS p
WHERE p."Id" = ANY (@ids)

-- statement 13
SELECT p."Id", p."CaseHoldingHubId" AS "Hub"
FROM "People" AS p
WHERE p."Id" = ANY (@children) AND p."CaseHoldingHubId" IS NOT NULL

