-- statement 1
SELECT COUNT(*)
FROM "Meetings" AS "m"
INNER JOIN "LocalAuthorities" AS "l" ON "m"."LocalAuthorityId" = "l"."Id"
WHERE "m"."Kind" = 'StrategyDiscussion' AND ("l"."Code" = @Value OR "l"."Code" = @Value1 OR "l"."Code" = @Value2 OR "l"."Code" = @Value3 OR "l"."Code" = @Value4 OR "l"."Code" = @Value5 OR "l"."Code" = @Value6 OR "l"."Code" = @Value7) AND EXISTS (
    SELECT 1
    FROM "MeetingInvitations" AS "m0"
    WHERE "m"."Id" = "m0"."MeetingId" AND "m0"."Agency" = @agency) AND "m"."HeldAt" >= @Value9 AND EXISTS (
    SELECT 1
    FROM "MeetingInvitations" AS "m1"
    INNER JOIN "Meetings" AS "m2" ON "m1"."MeetingId" = "m2"."Id"
    INNER JOIN "LocalAuthorities" AS "l0" ON "m2"."LocalAuthorityId" = "l0"."Id"
    WHERE "m"."Id" = "m1"."MeetingId" AND ("l0"."Code" = @Value10 OR "l0"."Code" = @Value11 OR "l0"."Code" = @Value12 OR "l0"."Code" = @Value13 OR "l0"."Code" = @Value14 OR "l0"."Code" = @Value15 OR "l0"."Code" = @Value16 OR "l0"."Code" = @Value17) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m3"
        WHERE "m2"."Id" = "m3"."MeetingId" AND "m3"."Agency" = @agency18) AND "m1"."Agency" = @Value19)

-- statement 2
SELECT "m"."HeldAt", 0, "l"."Code", 0, "l"."Id", "m"."Id", 0, "m"."DecisionStartSection47"
FROM "Meetings" AS "m"
INNER JOIN "LocalAuthorities" AS "l" ON "m"."LocalAuthorityId" = "l"."Id"
WHERE "m"."Kind" = 'StrategyDiscussion' AND ("l"."Code" = @Value OR "l"."Code" = @Value1 OR "l"."Code" = @Value2 OR "l"."Code" = @Value3 OR "l"."Code" = @Value4 OR "l"."Code" = @Value5 OR "l"."Code" = @Value6 OR "l"."Code" = @Value7) AND EXISTS (
    SELECT 1
    FROM "MeetingInvitations" AS "m0"
    WHERE "m"."Id" = "m0"."MeetingId" AND "m0"."Agency" = @agency) AND "m"."HeldAt" >= @Value9 AND EXISTS (
    SELECT 1
    FROM "MeetingInvitations" AS "m1"
    INNER JOIN "Meetings" AS "m2" ON "m1"."MeetingId" = "m2"."Id"
    INNER JOIN "LocalAuthorities" AS "l0" ON "m2"."LocalAuthorityId" = "l0"."Id"
    WHERE "m"."Id" = "m1"."MeetingId" AND ("l0"."Code" = @Value10 OR "l0"."Code" = @Value11 OR "l0"."Code" = @Value12 OR "l0"."Code" = @Value13 OR "l0"."Code" = @Value14 OR "l0"."Code" = @Value15 OR "l0"."Code" = @Value16 OR "l0"."Code" = @Value17) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m3"
        WHERE "m2"."Id" = "m3"."MeetingId" AND "m3"."Agency" = @agency18) AND "m1"."Agency" = @Value19)
ORDER BY "m"."HeldAt" DESC, "m"."Id", "l"."Id"
LIMIT @p

-- statement 3
SELECT "s3"."GivenName", "s3"."c", "s3"."Id", "s2"."Id", "s2"."Id0"
FROM (
    SELECT "m"."Id", "l"."Id" AS "Id0", "m"."HeldAt"
    FROM "Meetings" AS "m"
    INNER JOIN "LocalAuthorities" AS "l" ON "m"."LocalAuthorityId" = "l"."Id"
    WHERE "m"."Kind" = 'StrategyDiscussion' AND ("l"."Code" = @Value OR "l"."Code" = @Value1 OR "l"."Code" = @Value2 OR "l"."Code" = @Value3 OR "l"."Code" = @Value4 OR "l"."Code" = @Value5 OR "l"."Code" = @Value6 OR "l"."Code" = @Value7) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m0"
        WHERE "m"."Id" = "m0"."MeetingId" AND "m0"."Agency" = @agency) AND "m"."HeldAt" >= @Value9 AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m1"
        INNER JOIN "Meetings" AS "m2" ON "m1"."MeetingId" = "m2"."Id"
        INNER JOIN "LocalAuthorities" AS "l0" ON "m2"."LocalAuthorityId" = "l0"."Id"
        WHERE "m"."Id" = "m1"."MeetingId" AND ("l0"."Code" = @Value10 OR "l0"."Code" = @Value11 OR "l0"."Code" = @Value12 OR "l0"."Code" = @Value13 OR "l0"."Code" = @Value14 OR "l0"."Code" = @Value15 OR "l0"."Code" = @Value16 OR "l0"."Code" = @Value17) AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS "m3"
            WHERE "m2"."Id" = "m3"."MeetingId" AND "m3"."Agency" = @agency18) AND "m1"."Agency" = @Value19)
    ORDER BY "m"."HeldAt" DESC, "m"."Id", "l"."Id"
    LIMIT @p
) AS "s2"
INNER JOIN (
    SELECT "p7"."GivenName", 0 AS "c", "p7"."Id", "m12"."MeetingId"
    FROM "MeetingChildren" AS "m12"
    INNER JOIN "People" AS "p7" ON "m12"."ChildId" = "p7"."Id"
    LEFT JOIN "LocalAuthorities" AS "l3" ON "p7"."LocalAuthorityId" = "l3"."Id"
    WHERE "p7"."Kind" = 'Child' AND "l3"."Id" IS NOT NULL AND ("l3"."Code" = @Value21 OR "l3"."Code" = @Value22 OR "l3"."Code" = @Value23 OR "l3"."Code" = @Value24 OR "l3"."Code" = @Value25 OR "l3"."Code" = @Value26 OR "l3"."Code" = @Value27 OR "l3"."Code" = @Value28) AND (((EXISTS (
        SELECT 1
        FROM "Section47Enquiries" AS "s1"
        WHERE "p7"."Id" = "s1"."ChildId" AND "s1"."StartDate" <= @day AND ("s1"."EndDate" IS NULL OR "s1"."EndDate" >= @day30)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS "p8"
        WHERE "p7"."Id" = "p8"."ChildId" AND "p8"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p8"."StartDate" <= @day AND ("p8"."EndDate" IS NULL OR "p8"."EndDate" >= @day30))) AND (EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS "m13"
        INNER JOIN "Meetings" AS "m14" ON "m13"."MeetingId" = "m14"."Id"
        WHERE "p7"."Id" = "m13"."ChildId" AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS "m15"
            WHERE "m14"."Id" = "m15"."MeetingId" AND "m15"."Agency" = @agency33)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS "p9"
        WHERE "p7"."Id" = "p9"."ChildId" AND EXISTS (
            SELECT 1
            FROM "PlanMembers" AS "p10"
            WHERE "p9"."Id" = "p10"."PlanId" AND "p10"."Agency" = @agency330)))) OR EXISTS (
        SELECT 1
        FROM "Consents" AS "c3"
        WHERE "p7"."Id" = "c3"."ChildId" AND "c3"."GivenAt" <= @at AND ("c3"."WithdrawnAt" IS NULL OR "c3"."WithdrawnAt" > @at36) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS "c4"
            WHERE "c3"."Id" = "c4"."ConsentId" AND "c4"."Agency" = @agency37 AND "c4"."Category" = @category)) OR EXISTS (
        SELECT 1
        FROM "EmergencyAccessGrants" AS "e1"
        WHERE "p7"."Id" = "e1"."ChildId" AND "e1"."Subject" = @subject AND "e1"."GrantedAt" <= @at40 AND "e1"."ExpiresAt" > @at400 AND "e1"."RevokedAt" IS NULL))
) AS "s3" ON "s2"."Id" = "s3"."MeetingId"
ORDER BY "s2"."HeldAt" DESC, "s2"."Id", "s2"."Id0", "s3"."Id"

-- statement 4
SELECT "m18"."Agency", "m18"."Status", 0, "m18"."Id", "s4"."Id", "s4"."Id0"
FROM (
    SELECT "m"."Id", "l"."Id" AS "Id0", "m"."HeldAt"
    FROM "Meetings" AS "m"
    INNER JOIN "LocalAuthorities" AS "l" ON "m"."LocalAuthorityId" = "l"."Id"
    WHERE "m"."Kind" = 'StrategyDiscussion' AND ("l"."Code" = @Value OR "l"."Code" = @Value1 OR "l"."Code" = @Value2 OR "l"."Code" = @Value3 OR "l"."Code" = @Value4 OR "l"."Code" = @Value5 OR "l"."Code" = @Value6 OR "l"."Code" = @Value7) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m0"
        WHERE "m"."Id" = "m0"."MeetingId" AND "m0"."Agency" = @agency) AND "m"."HeldAt" >= @Value9 AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m1"
        INNER JOIN "Meetings" AS "m2" ON "m1"."MeetingId" = "m2"."Id"
        INNER JOIN "LocalAuthorities" AS "l0" ON "m2"."LocalAuthorityId" = "l0"."Id"
        WHERE "m"."Id" = "m1"."MeetingId" AND ("l0"."Code" = @Value10 OR "l0"."Code" = @Value11 OR "l0"."Code" = @Value12 OR "l0"."Code" = @Value13 OR "l0"."Code" = @Value14 OR "l0"."Code" = @Value15 OR "l0"."Code" = @Value16 OR "l0"."Code" = @Value17) AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS "m3"
            WHERE "m2"."Id" = "m3"."MeetingId" AND "m3"."Agency" = @agency18) AND "m1"."Agency" = @Value19)
    ORDER BY "m"."HeldAt" DESC, "m"."Id", "l"."Id"
    LIMIT @p
) AS "s4"
INNER JOIN "MeetingInvitations" AS "m18" ON "s4"."Id" = "m18"."MeetingId"
ORDER BY "s4"."HeldAt" DESC, "s4"."Id", "s4"."Id0", "m18"."Id"

-- statement 5
SELECT "s6"."Agency", "s6"."Text", "s6"."c", "s6"."Id", "s5"."Id", "s5"."Id0"
FROM (
    SELECT "m"."Id", "l"."Id" AS "Id0", "m"."HeldAt"
    FROM "Meetings" AS "m"
    INNER JOIN "LocalAuthorities" AS "l" ON "m"."LocalAuthorityId" = "l"."Id"
    WHERE "m"."Kind" = 'StrategyDiscussion' AND ("l"."Code" = @Value OR "l"."Code" = @Value1 OR "l"."Code" = @Value2 OR "l"."Code" = @Value3 OR "l"."Code" = @Value4 OR "l"."Code" = @Value5 OR "l"."Code" = @Value6 OR "l"."Code" = @Value7) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m0"
        WHERE "m"."Id" = "m0"."MeetingId" AND "m0"."Agency" = @agency) AND "m"."HeldAt" >= @Value9 AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m1"
        INNER JOIN "Meetings" AS "m2" ON "m1"."MeetingId" = "m2"."Id"
        INNER JOIN "LocalAuthorities" AS "l0" ON "m2"."LocalAuthorityId" = "l0"."Id"
        WHERE "m"."Id" = "m1"."MeetingId" AND ("l0"."Code" = @Value10 OR "l0"."Code" = @Value11 OR "l0"."Code" = @Value12 OR "l0"."Code" = @Value13 OR "l0"."Code" = @Value14 OR "l0"."Code" = @Value15 OR "l0"."Code" = @Value16 OR "l0"."Code" = @Value17) AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS "m3"
            WHERE "m2"."Id" = "m3"."MeetingId" AND "m3"."Agency" = @agency18) AND "m1"."Agency" = @Value19)
    ORDER BY "m"."HeldAt" DESC, "m"."Id", "l"."Id"
    LIMIT @p
) AS "s5"
INNER JOIN (
    SELECT "m25"."Agency", "m25"."Text", 0 AS "c", "m25"."Id", "m25"."MeetingId"
    FROM "MeetingContributions" AS "m25"
    INNER JOIN "Meetings" AS "m26" ON "m25"."MeetingId" = "m26"."Id"
    WHERE "m25"."Agency" = @agency42 OR ("m25"."Category" NOT IN ('AssessmentAndCaseNotes', 'ConfidentialAddress') AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m27"
        WHERE "m26"."Id" = "m27"."MeetingId" AND "m27"."Agency" = @agency420 AND "m27"."Status" <> 'Apologies' AND "m27"."Status" <> 'DidNotAttend'))
) AS "s6" ON "s5"."Id" = "s6"."MeetingId"
ORDER BY "s5"."HeldAt" DESC, "s5"."Id", "s5"."Id0", "s6"."Id"

-- statement 6
SELECT "m30"."Description", "m30"."OwnerAgency", 0, "m30"."Id", "s7"."Id", "s7"."Id0"
FROM (
    SELECT "m"."Id", "l"."Id" AS "Id0", "m"."HeldAt"
    FROM "Meetings" AS "m"
    INNER JOIN "LocalAuthorities" AS "l" ON "m"."LocalAuthorityId" = "l"."Id"
    WHERE "m"."Kind" = 'StrategyDiscussion' AND ("l"."Code" = @Value OR "l"."Code" = @Value1 OR "l"."Code" = @Value2 OR "l"."Code" = @Value3 OR "l"."Code" = @Value4 OR "l"."Code" = @Value5 OR "l"."Code" = @Value6 OR "l"."Code" = @Value7) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m0"
        WHERE "m"."Id" = "m0"."MeetingId" AND "m0"."Agency" = @agency) AND "m"."HeldAt" >= @Value9 AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m1"
        INNER JOIN "Meetings" AS "m2" ON "m1"."MeetingId" = "m2"."Id"
        INNER JOIN "LocalAuthorities" AS "l0" ON "m2"."LocalAuthorityId" = "l0"."Id"
        WHERE "m"."Id" = "m1"."MeetingId" AND ("l0"."Code" = @Value10 OR "l0"."Code" = @Value11 OR "l0"."Code" = @Value12 OR "l0"."Code" = @Value13 OR "l0"."Code" = @Value14 OR "l0"."Code" = @Value15 OR "l0"."Code" = @Value16 OR "l0"."Code" = @Value17) AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS "m3"
            WHERE "m2"."Id" = "m3"."MeetingId" AND "m3"."Agency" = @agency18) AND "m1"."Agency" = @Value19)
    ORDER BY "m"."HeldAt" DESC, "m"."Id", "l"."Id"
    LIMIT @p
) AS "s7"
INNER JOIN "MeetingActions" AS "m30" ON "s7"."Id" = "m30"."MeetingId"
ORDER BY "s7"."HeldAt" DESC, "s7"."Id", "s7"."Id0", "m30"."Id"

-- statement 7
SELECT "m"."MeetingId" AS "K", "m"."ChildId" AS "C"
FROM "MeetingChildren" AS "m"
WHERE "m"."MeetingId" = @Value OR "m"."MeetingId" = @Value1 OR "m"."MeetingId" = @Value2 OR "m"."MeetingId" = @Value3

-- statement 8
SELECT "m"."Id" AS "K", "m0"."ChildId" AS "C"
FROM "MeetingInvitations" AS "m"
INNER JOIN "MeetingChildren" AS "m0" ON "m"."MeetingId" = "m0"."MeetingId"
WHERE "m"."Id" = @Value OR "m"."Id" = @Value1 OR "m"."Id" = @Value2 OR "m"."Id" = @Value3 OR "m"."Id" = @Value4 OR "m"."Id" = @Value5 OR "m"."Id" = @Value6 OR "m"."Id" = @Value7

-- statement 9
SELECT "m"."MeetingId" AS "K", "m"."ChildId" AS "C"
FROM "MeetingChildren" AS "m"
WHERE "m"."MeetingId" = @Value OR "m"."MeetingId" = @Value1

-- statement 10
SELECT "m"."Id" AS "K", "m0"."ChildId" AS "C"
FROM "MeetingContributions" AS "m"
INNER JOIN "MeetingChildren" AS "m0" ON "m"."MeetingId" = "m0"."MeetingId"
WHERE ("m"."Id" = @Value OR "m"."Id" = @Value1 OR "m"."Id" = @Value2 OR "m"."Id" = @Value3) AND ("m"."ChildId" IS NULL OR "m"."ChildId" = "m0"."ChildId")

-- statement 11
SELECT "m"."Id" AS "K", "m0"."ChildId" AS "C"
FROM "MeetingActions" AS "m"
INNER JOIN "MeetingChildren" AS "m0" ON "m"."MeetingId" = "m0"."MeetingId"
WHERE ("m"."Id" = @Value OR "m"."Id" = @Value1) AND ("m"."ChildId" IS NULL OR "m"."ChildId" = "m0"."ChildId")

-- statement 12
SELECT "p"."Id", 1, (EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS "s"
    WHERE "p"."Id" = "s"."ChildId" AND "s"."StartDate" <= @day AND ("s"."EndDate" IS NULL OR "s"."EndDate" >= @day5)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS "p0"
    WHERE "p"."Id" = "p0"."ChildId" AND "p0"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p0"."StartDate" <= @day AND ("p0"."EndDate" IS NULL OR "p0"."EndDate" >= @day5))) AND (EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS "m"
    INNER JOIN "Meetings" AS "m0" ON "m"."MeetingId" = "m0"."Id"
    WHERE "p"."Id" = "m"."ChildId" AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m1"
        WHERE "m0"."Id" = "m1"."MeetingId" AND "m1"."Agency" = @agency)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS "p1"
    WHERE "p"."Id" = "p1"."ChildId" AND EXISTS (
        SELECT 1
        FROM "PlanMembers" AS "p2"
        WHERE "p1"."Id" = "p2"."PlanId" AND "p2"."Agency" = @agency0))), EXISTS (
    SELECT 1
    FROM "Consents" AS "c"
    WHERE "p"."Id" = "c"."ChildId" AND "c"."GivenAt" <= @at AND ("c"."WithdrawnAt" IS NULL OR "c"."WithdrawnAt" > @at11) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS "c0"
        WHERE "c"."Id" = "c0"."ConsentId" AND "c0"."Agency" = @agency12 AND "c0"."Category" = @category)), EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS "e"
    WHERE "p"."Id" = "e"."ChildId" AND "e"."Subject" = @subject AND "e"."GrantedAt" <= @at15 AND "e"."ExpiresAt" > @at150 AND "e"."RevokedAt" IS NULL)
FROM "People" AS "p"
WHERE "p"."Id" = @Value OR "p"."Id" = @Value1 OR "p"."Id" = @Value2 OR "p"."Id" = @Value3

-- statement 13
SELECT "p"."Id", "p"."CaseHoldingHubId" AS "Hub"
FROM "People" AS "p"
WHERE ("p"."Id" = @Value OR "p"."Id" = @Value1 OR "p"."Id" = @Value2 OR "p"."Id" = @Value3) AND "p"."CaseHoldingHubId" IS NOT NULL

