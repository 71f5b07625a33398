-- statement 1
SELECT count(*)::int
FROM "Meetings" AS m
INNER JOIN "LocalAuthorities" AS l ON m."LocalAuthorityId" = l."Id"
WHERE m."Kind" = 'StrategyDiscussion' AND (l."Code" = @Value OR l."Code" = @Value1 OR l."Code" = @Value2 OR l."Code" = @Value3 OR l."Code" = @Value4 OR l."Code" = @Value5 OR l."Code" = @Value6 OR l."Code" = @Value7) AND EXISTS (
    SELECT 1
    FROM "MeetingInvitations" AS m0
    WHERE m."Id" = m0."MeetingId" AND m0."Agency" = @agency) AND m."HeldAt" >= @Value9 AND EXISTS (
    SELECT 1
    FROM "MeetingInvitations" AS m1
    INNER JOIN "Meetings" AS m2 ON m1."MeetingId" = m2."Id"
    INNER JOIN "LocalAuthorities" AS l0 ON m2."LocalAuthorityId" = l0."Id"
    WHERE m."Id" = m1."MeetingId" AND (l0."Code" = @Value10 OR l0."Code" = @Value11 OR l0."Code" = @Value12 OR l0."Code" = @Value13 OR l0."Code" = @Value14 OR l0."Code" = @Value15 OR l0."Code" = @Value16 OR l0."Code" = @Value17) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m3
        WHERE m2."Id" = m3."MeetingId" AND m3."Agency" = @agency18) AND m1."Agency" = @Value19)

-- statement 2
SELECT m."HeldAt", FALSE, l."Code", 0, l."Id", m."Id", FALSE, m."DecisionStartSection47"
FROM "Meetings" AS m
INNER JOIN "LocalAuthorities" AS l ON m."LocalAuthorityId" = l."Id"
WHERE m."Kind" = 'StrategyDiscussion' AND (l."Code" = @Value OR l."Code" = @Value1 OR l."Code" = @Value2 OR l."Code" = @Value3 OR l."Code" = @Value4 OR l."Code" = @Value5 OR l."Code" = @Value6 OR l."Code" = @Value7) AND EXISTS (
    SELECT 1
    FROM "MeetingInvitations" AS m0
    WHERE m."Id" = m0."MeetingId" AND m0."Agency" = @agency) AND m."HeldAt" >= @Value9 AND EXISTS (
    SELECT 1
    FROM "MeetingInvitations" AS m1
    INNER JOIN "Meetings" AS m2 ON m1."MeetingId" = m2."Id"
    INNER JOIN "LocalAuthorities" AS l0 ON m2."LocalAuthorityId" = l0."Id"
    WHERE m."Id" = m1."MeetingId" AND (l0."Code" = @Value10 OR l0."Code" = @Value11 OR l0."Code" = @Value12 OR l0."Code" = @Value13 OR l0."Code" = @Value14 OR l0."Code" = @Value15 OR l0."Code" = @Value16 OR l0."Code" = @Value17) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m3
        WHERE m2."Id" = m3."MeetingId" AND m3."Agency" = @agency18) AND m1."Agency" = @Value19)
ORDER BY m."HeldAt" DESC, m."Id", l."Id"
LIMIT @p

-- statement 3
SELECT s5."GivenName", s5.c, s5."Id", s4."Id", s4."Id0"
FROM (
    SELECT m."Id", l."Id" AS "Id0", m."HeldAt"
    FROM "Meetings" AS m
    INNER JOIN "LocalAuthorities" AS l ON m."LocalAuthorityId" = l."Id"
    WHERE m."Kind" = 'StrategyDiscussion' AND (l."Code" = @Value OR l."Code" = @Value1 OR l."Code" = @Value2 OR l."Code" = @Value3 OR l."Code" = @Value4 OR l."Code" = @Value5 OR l."Code" = @Value6 OR l."Code" = @Value7) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m0
        WHERE m."Id" = m0."MeetingId" AND m0."Agency" = @agency) AND m."HeldAt" >= @Value9 AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m1
        INNER JOIN "Meetings" AS m2 ON m1."MeetingId" = m2."Id"
        INNER JOIN "LocalAuthorities" AS l0 ON m2."LocalAuthorityId" = l0."Id"
        WHERE m."Id" = m1."MeetingId" AND (l0."Code" = @Value10 OR l0."Code" = @Value11 OR l0."Code" = @Value12 OR l0."Code" = @Value13 OR l0."Code" = @Value14 OR l0."Code" = @Value15 OR l0."Code" = @Value16 OR l0."Code" = @Value17) AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS m3
            WHERE m2."Id" = m3."MeetingId" AND m3."Agency" = @agency18) AND m1."Agency" = @Value19)
    ORDER BY m."HeldAt" DESC, m."Id", l."Id"
    LIMIT @p
) AS s4
INNER JOIN (
    SELECT p15."GivenName", 0 AS c, p15."Id", m20."MeetingId"
    FROM "MeetingChildren" AS m20
    INNER JOIN "People" AS p15 ON m20."ChildId" = p15."Id"
    LEFT JOIN "LocalAuthorities" AS l5 ON p15."LocalAuthorityId" = l5."Id"
    WHERE p15."Kind" = 'Child' AND l5."Id" IS NOT NULL AND (l5."Code" = @Value21 OR l5."Code" = @Value22 OR l5."Code" = @Value23 OR l5."Code" = @Value24 OR l5."Code" = @Value25 OR l5."Code" = @Value26 OR l5."Code" = @Value27 OR l5."Code" = @Value28) AND (((EXISTS (
        SELECT 1
        FROM "Section47Enquiries" AS s3
        WHERE p15."Id" = s3."ChildId" AND s3."StartDate" <= @day AND (s3."EndDate" IS NULL OR s3."EndDate" >= @day30)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS p16
        WHERE p15."Id" = p16."ChildId" AND p16."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p16."StartDate" <= @day AND (p16."EndDate" IS NULL OR p16."EndDate" >= @day30))) AND (EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS m21
        INNER JOIN "Meetings" AS m22 ON m21."MeetingId" = m22."Id"
        WHERE p15."Id" = m21."ChildId" AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS m23
            WHERE m22."Id" = m23."MeetingId" AND m23."Agency" = @agency33)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS p17
        WHERE p15."Id" = p17."ChildId" AND EXISTS (
            SELECT 1
            FROM "PlanMembers" AS p18
            WHERE p17."Id" = p18."PlanId" AND p18."Agency" = @agency330)))) OR EXISTS (
        SELECT 1
        FROM "Consents" AS c7
        WHERE p15."Id" = c7."ChildId" AND c7."GivenAt" <= @at AND (c7."WithdrawnAt" IS NULL OR c7."WithdrawnAt" > @at36) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS c8
            WHERE c7."Id" = c8."ConsentId" AND c8."Agency" = @agency37 AND c8."Category" = @category)) OR EXISTS (
        SELECT 1
        FROM "EmergencyAccessGrants" AS e3
        WHERE p15."Id" = e3."ChildId" AND e3."Subject" = @subject AND e3."GrantedAt" <= @at40 AND e3."ExpiresAt" > @at400 AND e3."RevokedAt" IS NULL))
) AS s5 ON s4."Id" = s5."MeetingId"
ORDER BY s4."HeldAt" DESC, s4."Id", s4."Id0", s5."Id"

-- statement 4
SELECT m26."Agency", m26."Status", 0, m26."Id", s6."Id", s6."Id0"
FROM (
    SELECT m."Id", l."Id" AS "Id0", m."HeldAt"
    FROM "Meetings" AS m
    INNER JOIN "LocalAuthorities" AS l ON m."LocalAuthorityId" = l."Id"
    WHERE m."Kind" = 'StrategyDiscussion' AND (l."Code" = @Value OR l."Code" = @Value1 OR l."Code" = @Value2 OR l."Code" = @Value3 OR l."Code" = @Value4 OR l."Code" = @Value5 OR l."Code" = @Value6 OR l."Code" = @Value7) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m0
        WHERE m."Id" = m0."MeetingId" AND m0."Agency" = @agency) AND m."HeldAt" >= @Value9 AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m1
        INNER JOIN "Meetings" AS m2 ON m1."MeetingId" = m2."Id"
        INNER JOIN "LocalAuthorities" AS l0 ON m2."LocalAuthorityId" = l0."Id"
        WHERE m."Id" = m1."MeetingId" AND (l0."Code" = @Value10 OR l0."Code" = @Value11 OR l0."Code" = @Value12 OR l0."Code" = @Value13 OR l0."Code" = @Value14 OR l0."Code" = @Value15 OR l0."Code" = @Value16 OR l0."Code" = @Value17) AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS m3
            WHERE m2."Id" = m3."MeetingId" AND m3."Agency" = @agency18) AND m1."Agency" = @Value19)
    ORDER BY m."HeldAt" DESC, m."Id", l."Id"
    LIMIT @p
) AS s6
INNER JOIN "MeetingInvitations" AS m26 ON s6."Id" = m26."MeetingId"
ORDER BY s6."HeldAt" DESC, s6."Id", s6."Id0", m26."Id"

-- statement 5
SELECT s8."Agency", s8."Text", s8.c, s8."Id", s7."Id", s7."Id0"
FROM (
    SELECT m."Id", l."Id" AS "Id0", m."HeldAt"
    FROM "Meetings" AS m
    INNER JOIN "LocalAuthorities" AS l ON m."LocalAuthorityId" = l."Id"
    WHERE m."Kind" = 'StrategyDiscussion' AND (l."Code" = @Value OR l."Code" = @Value1 OR l."Code" = @Value2 OR l."Code" = @Value3 OR l."Code" = @Value4 OR l."Code" = @Value5 OR l."Code" = @Value6 OR l."Code" = @Value7) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m0
        WHERE m."Id" = m0."MeetingId" AND m0."Agency" = @agency) AND m."HeldAt" >= @Value9 AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m1
        INNER JOIN "Meetings" AS m2 ON m1."MeetingId" = m2."Id"
        INNER JOIN "LocalAuthorities" AS l0 ON m2."LocalAuthorityId" = l0."Id"
        WHERE m."Id" = m1."MeetingId" AND (l0."Code" = @Value10 OR l0."Code" = @Value11 OR l0."Code" = @Value12 OR l0."Code" = @Value13 OR l0."Code" = @Value14 OR l0."Code" = @Value15 OR l0."Code" = @Value16 OR l0."Code" = @Value17) AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS m3
            WHERE m2."Id" = m3."MeetingId" AND m3."Agency" = @agency18) AND m1."Agency" = @Value19)
    ORDER BY m."HeldAt" DESC, m."Id", l."Id"
    LIMIT @p
) AS s7
INNER JOIN (
    SELECT m33."Agency", m33."Text", 0 AS c, m33."Id", m33."MeetingId"
    FROM "MeetingContributions" AS m33
    INNER JOIN "Meetings" AS m34 ON m33."MeetingId" = m34."Id"
    WHERE m33."Agency" = @agency42 OR (m33."Category" NOT IN ('AssessmentAndCaseNotes', 'ConfidentialAddress') AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m35
        WHERE m34."Id" = m35."MeetingId" AND m35."Agency" = @agency420 AND m35."Status" <> 'Apologies' AND m35."Status" <> 'DidNotAttend'))
) AS s8 ON s7."Id" = s8."MeetingId"
ORDER BY s7."HeldAt" DESC, s7."Id", s7."Id0", s8."Id"

-- statement 6
SELECT m38."Description", m38."OwnerAgency", 0, m38."Id", s9."Id", s9."Id0"
FROM (
    SELECT m."Id", l."Id" AS "Id0", m."HeldAt"
    FROM "Meetings" AS m
    INNER JOIN "LocalAuthorities" AS l ON m."LocalAuthorityId" = l."Id"
    WHERE m."Kind" = 'StrategyDiscussion' AND (l."Code" = @Value OR l."Code" = @Value1 OR l."Code" = @Value2 OR l."Code" = @Value3 OR l."Code" = @Value4 OR l."Code" = @Value5 OR l."Code" = @Value6 OR l."Code" = @Value7) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m0
        WHERE m."Id" = m0."MeetingId" AND m0."Agency" = @agency) AND m."HeldAt" >= @Value9 AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m1
        INNER JOIN "Meetings" AS m2 ON m1."MeetingId" = m2."Id"
        INNER JOIN "LocalAuthorities" AS l0 ON m2."LocalAuthorityId" = l0."Id"
        WHERE m."Id" = m1."MeetingId" AND (l0."Code" = @Value10 OR l0."Code" = @Value11 OR l0."Code" = @Value12 OR l0."Code" = @Value13 OR l0."Code" = @Value14 OR l0."Code" = @Value15 OR l0."Code" = @Value16 OR l0."Code" = @Value17) AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS m3
            WHERE m2."Id" = m3."MeetingId" AND m3."Agency" = @agency18) AND m1."Agency" = @Value19)
    ORDER BY m."HeldAt" DESC, m."Id", l."Id"
    LIMIT @p
) AS s9
INNER JOIN "MeetingActions" AS m38 ON s9."Id" = m38."MeetingId"
ORDER BY s9."HeldAt" DESC, s9."Id", s9."Id0", m38."Id"

-- statement 7
SELECT m."MeetingId" AS "K", m."ChildId" AS "C"
FROM "MeetingChildren" AS m
WHERE m."MeetingId" = @Value OR m."MeetingId" = @Value1 OR m."MeetingId" = @Value2 OR m."MeetingId" = @Value3

-- statement 8
SELECT m."Id" AS "K", m0."ChildId" AS "C"
FROM "MeetingInvitations" AS m
INNER JOIN "MeetingChildren" AS m0 ON m."MeetingId" = m0."MeetingId"
WHERE m."Id" = @Value OR m."Id" = @Value1 OR m."Id" = @Value2 OR m."Id" = @Value3 OR m."Id" = @Value4 OR m."Id" = @Value5 OR m."Id" = @Value6 OR m."Id" = @Value7

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

