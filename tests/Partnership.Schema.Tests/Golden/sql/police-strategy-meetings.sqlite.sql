-- statement 1
SELECT COUNT(*)
FROM "Meetings" AS "m"
INNER JOIN "LocalAuthorities" AS "l" ON "m"."LocalAuthorityId" = "l"."Id"
WHERE "m"."Kind" = 'StrategyDiscussion' AND "l"."Code" IN (@councils1, @councils2, @councils4, @councils5, @councils6, @councils7, @councils8, @councils9, @councils10, @councils11) AND EXISTS (
    SELECT 1
    FROM "MeetingInvitations" AS "m0"
    WHERE "m"."Id" = "m0"."MeetingId" AND "m0"."Agency" = @agency) AND "m"."HeldAt" >= @Value AND EXISTS (
    SELECT 1
    FROM "MeetingInvitations" AS "m1"
    INNER JOIN "Meetings" AS "m2" ON "m1"."MeetingId" = "m2"."Id"
    INNER JOIN "LocalAuthorities" AS "l0" ON "m2"."LocalAuthorityId" = "l0"."Id"
    WHERE "m"."Id" = "m1"."MeetingId" AND "l0"."Code" IN (@councils31, @councils32, @councils33, @councils34, @councils35, @councils36, @councils37, @councils38, @councils39, @councils310) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m3"
        WHERE "m2"."Id" = "m3"."MeetingId" AND "m3"."Agency" = @agency4) AND "m1"."Agency" = @Value5)

-- statement 2
SELECT "m"."HeldAt", 0, "l"."Code", 0, "l"."Id", "m"."Id", "l"."Code" NOT IN (@councils271, @councils272, @councils273, @councils274, @councils275, @councils276, @councils277, @councils278, @councils279, @councils2710) OR NOT EXISTS (
    SELECT 1
    FROM "MeetingInvitations" AS "m4"
    WHERE "m"."Id" = "m4"."MeetingId" AND "m4"."Agency" = @agency28), "m"."DecisionStartSection47"
FROM "Meetings" AS "m"
INNER JOIN "LocalAuthorities" AS "l" ON "m"."LocalAuthorityId" = "l"."Id"
WHERE "m"."Kind" = 'StrategyDiscussion' AND "l"."Code" IN (@councils1, @councils2, @councils4, @councils5, @councils6, @councils8, @councils9, @councils10, @councils11, @councils12) AND EXISTS (
    SELECT 1
    FROM "MeetingInvitations" AS "m0"
    WHERE "m"."Id" = "m0"."MeetingId" AND "m0"."Agency" = @agency) AND "m"."HeldAt" >= @Value AND EXISTS (
    SELECT 1
    FROM "MeetingInvitations" AS "m1"
    INNER JOIN "Meetings" AS "m2" ON "m1"."MeetingId" = "m2"."Id"
    INNER JOIN "LocalAuthorities" AS "l0" ON "m2"."LocalAuthorityId" = "l0"."Id"
    WHERE "m"."Id" = "m1"."MeetingId" AND "l0"."Code" IN (@councils31, @councils32, @councils33, @councils34, @councils35, @councils36, @councils37, @councils38, @councils39, @councils310) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m3"
        WHERE "m2"."Id" = "m3"."MeetingId" AND "m3"."Agency" = @agency4) AND "m1"."Agency" = @Value5)
ORDER BY "m"."HeldAt" DESC, "m"."Id", "l"."Id"
LIMIT @p

-- statement 3
SELECT "s3"."GivenName", "s3"."c", "s3"."Id", "s2"."Id", "s2"."Id0"
FROM (
    SELECT "m"."Id", "l"."Id" AS "Id0", "m"."HeldAt"
    FROM "Meetings" AS "m"
    INNER JOIN "LocalAuthorities" AS "l" ON "m"."LocalAuthorityId" = "l"."Id"
    WHERE "m"."Kind" = 'StrategyDiscussion' AND "l"."Code" IN (@councils13, @councils14, @councils15, @councils16, @councils17, @councils18, @councils19, @councils20, @councils21, @councils22) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m0"
        WHERE "m"."Id" = "m0"."MeetingId" AND "m0"."Agency" = @agency) AND "m"."HeldAt" >= @Value AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m1"
        INNER JOIN "Meetings" AS "m2" ON "m1"."MeetingId" = "m2"."Id"
        INNER JOIN "LocalAuthorities" AS "l0" ON "m2"."LocalAuthorityId" = "l0"."Id"
        WHERE "m"."Id" = "m1"."MeetingId" AND "l0"."Code" IN (@councils311, @councils312, @councils313, @councils314, @councils315, @councils316, @councils317, @councils318, @councils319, @councils320) AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS "m3"
            WHERE "m2"."Id" = "m3"."MeetingId" AND "m3"."Agency" = @agency4) AND "m1"."Agency" = @Value5)
    ORDER BY "m"."HeldAt" DESC, "m"."Id", "l"."Id"
    LIMIT @p
) AS "s2"
INNER JOIN (
    SELECT "p7"."GivenName", 0 AS "c", "p7"."Id", "m12"."MeetingId"
    FROM "MeetingChildren" AS "m12"
    INNER JOIN "People" AS "p7" ON "m12"."ChildId" = "p7"."Id"
    LEFT JOIN "LocalAuthorities" AS "l3" ON "p7"."LocalAuthorityId" = "l3"."Id"
    WHERE "p7"."Kind" = 'Child' AND "l3"."Id" IS NOT NULL AND "l3"."Code" IN (@councils71, @councils72, @councils73, @councils74, @councils75, @councils76, @councils77, @councils78, @councils79, @councils710) AND (((EXISTS (
        SELECT 1
        FROM "Section47Enquiries" AS "s1"
        WHERE "p7"."Id" = "s1"."ChildId" AND "s1"."StartDate" <= @day AND ("s1"."EndDate" IS NULL OR "s1"."EndDate" >= @day9)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS "p8"
        WHERE "p7"."Id" = "p8"."ChildId" AND "p8"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p8"."StartDate" <= @day AND ("p8"."EndDate" IS NULL OR "p8"."EndDate" >= @day9))) AND (EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS "m13"
        INNER JOIN "Meetings" AS "m14" ON "m13"."MeetingId" = "m14"."Id"
        WHERE "p7"."Id" = "m13"."ChildId" AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS "m15"
            WHERE "m14"."Id" = "m15"."MeetingId" AND "m15"."Agency" = @agency12)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS "p9"
        WHERE "p7"."Id" = "p9"."ChildId" AND EXISTS (
            SELECT 1
            FROM "PlanMembers" AS "p10"
            WHERE "p9"."Id" = "p10"."PlanId" AND "p10"."Agency" = @agency120)))) OR EXISTS (
        SELECT 1
        FROM "Consents" AS "c8"
        WHERE "p7"."Id" = "c8"."ChildId" AND "c8"."GivenAt" <= @at AND ("c8"."WithdrawnAt" IS NULL OR "c8"."WithdrawnAt" > @at15) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS "c9"
            WHERE "c8"."Id" = "c9"."ConsentId" AND "c9"."Agency" = @agency16 AND "c9"."Category" = @category)) OR EXISTS (
        SELECT 1
        FROM "EmergencyAccessGrants" AS "e1"
        WHERE "p7"."Id" = "e1"."ChildId" AND "e1"."Subject" = @subject AND "e1"."GrantedAt" <= @at19 AND "e1"."ExpiresAt" > @at190 AND "e1"."RevokedAt" IS NULL))
) AS "s3" ON "s2"."Id" = "s3"."MeetingId"
ORDER BY "s2"."HeldAt" DESC, "s2"."Id", "s2"."Id0", "s3"."Id"

-- statement 4
SELECT "s5"."Agency", "s5"."Status", "s5"."c", "s5"."Id", "s4"."Id", "s4"."Id0"
FROM (
    SELECT "m"."Id", "l"."Id" AS "Id0", "m"."HeldAt"
    FROM "Meetings" AS "m"
    INNER JOIN "LocalAuthorities" AS "l" ON "m"."LocalAuthorityId" = "l"."Id"
    WHERE "m"."Kind" = 'StrategyDiscussion' AND "l"."Code" IN (@councils24, @councils25, @councils26, @councils28, @councils30, @councils40, @councils41, @councils42, @councils43, @councils44) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m0"
        WHERE "m"."Id" = "m0"."MeetingId" AND "m0"."Agency" = @agency) AND "m"."HeldAt" >= @Value AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m1"
        INNER JOIN "Meetings" AS "m2" ON "m1"."MeetingId" = "m2"."Id"
        INNER JOIN "LocalAuthorities" AS "l0" ON "m2"."LocalAuthorityId" = "l0"."Id"
        WHERE "m"."Id" = "m1"."MeetingId" AND "l0"."Code" IN (@councils321, @councils322, @councils323, @councils324, @councils325, @councils326, @councils327, @councils328, @councils329, @councils330) AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS "m3"
            WHERE "m2"."Id" = "m3"."MeetingId" AND "m3"."Agency" = @agency4) AND "m1"."Agency" = @Value5)
    ORDER BY "m"."HeldAt" DESC, "m"."Id", "l"."Id"
    LIMIT @p
) AS "s4"
INNER JOIN (
    SELECT "m22"."Agency", "m22"."Status", 0 AS "c", "m22"."Id", "m22"."MeetingId"
    FROM "MeetingInvitations" AS "m22"
    INNER JOIN "Meetings" AS "m23" ON "m22"."MeetingId" = "m23"."Id"
    INNER JOIN "LocalAuthorities" AS "l6" ON "m23"."LocalAuthorityId" = "l6"."Id"
    WHERE "l6"."Code" IN (@councils321, @councils322, @councils323, @councils324, @councils325, @councils326, @councils327, @councils328, @councils329, @councils330) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m24"
        WHERE "m23"."Id" = "m24"."MeetingId" AND "m24"."Agency" = @agency4)
) AS "s5" ON "s4"."Id" = "s5"."MeetingId"
ORDER BY "s4"."HeldAt" DESC, "s4"."Id", "s4"."Id0", "s5"."Id"

-- statement 5
SELECT "s7"."Agency", "s7"."Text", "s7"."c", "s7"."Id", "s6"."Id", "s6"."Id0"
FROM (
    SELECT "m"."Id", "l"."Id" AS "Id0", "m"."HeldAt"
    FROM "Meetings" AS "m"
    INNER JOIN "LocalAuthorities" AS "l" ON "m"."LocalAuthorityId" = "l"."Id"
    WHERE "m"."Kind" = 'StrategyDiscussion' AND "l"."Code" IN (@councils45, @councils46, @councils47, @councils48, @councils49, @councils50, @councils51, @councils52, @councils53, @councils54) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m0"
        WHERE "m"."Id" = "m0"."MeetingId" AND "m0"."Agency" = @agency) AND "m"."HeldAt" >= @Value AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m1"
        INNER JOIN "Meetings" AS "m2" ON "m1"."MeetingId" = "m2"."Id"
        INNER JOIN "LocalAuthorities" AS "l0" ON "m2"."LocalAuthorityId" = "l0"."Id"
        WHERE "m"."Id" = "m1"."MeetingId" AND "l0"."Code" IN (@councils331, @councils332, @councils333, @councils334, @councils335, @councils336, @councils337, @councils338, @councils339, @councils340) AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS "m3"
            WHERE "m2"."Id" = "m3"."MeetingId" AND "m3"."Agency" = @agency4) AND "m1"."Agency" = @Value5)
    ORDER BY "m"."HeldAt" DESC, "m"."Id", "l"."Id"
    LIMIT @p
) AS "s6"
INNER JOIN (
    SELECT "m33"."Agency", "m33"."Text", 0 AS "c", "m33"."Id", "m33"."MeetingId"
    FROM "MeetingContributions" AS "m33"
    INNER JOIN "Meetings" AS "m34" ON "m33"."MeetingId" = "m34"."Id"
    INNER JOIN "LocalAuthorities" AS "l9" ON "m34"."LocalAuthorityId" = "l9"."Id"
    WHERE "l9"."Code" IN (@councils231, @councils232, @councils233, @councils234, @councils235, @councils236, @councils237, @councils238, @councils239, @councils2310) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m35"
        WHERE "m34"."Id" = "m35"."MeetingId" AND "m35"."Agency" = @agency24) AND ("m33"."Agency" = @agency25 OR ("m33"."Category" NOT IN ('AssessmentAndCaseNotes', 'ConfidentialAddress') AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m36"
        WHERE "m34"."Id" = "m36"."MeetingId" AND "m36"."Agency" = @agency250 AND "m36"."Status" <> 'Apologies' AND "m36"."Status" <> 'DidNotAttend')))
) AS "s7" ON "s6"."Id" = "s7"."MeetingId"
ORDER BY "s6"."HeldAt" DESC, "s6"."Id", "s6"."Id0", "s7"."Id"

-- statement 6
SELECT "s9"."Description", "s9"."OwnerAgency", "s9"."c", "s9"."Id", "s8"."Id", "s8"."Id0"
FROM (
    SELECT "m"."Id", "l"."Id" AS "Id0", "m"."HeldAt"
    FROM "Meetings" AS "m"
    INNER JOIN "LocalAuthorities" AS "l" ON "m"."LocalAuthorityId" = "l"."Id"
    WHERE "m"."Kind" = 'StrategyDiscussion' AND "l"."Code" IN (@councils55, @councils56, @councils57, @councils58, @councils59, @councils60, @councils61, @councils62, @councils63, @councils64) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m0"
        WHERE "m"."Id" = "m0"."MeetingId" AND "m0"."Agency" = @agency) AND "m"."HeldAt" >= @Value AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m1"
        INNER JOIN "Meetings" AS "m2" ON "m1"."MeetingId" = "m2"."Id"
        INNER JOIN "LocalAuthorities" AS "l0" ON "m2"."LocalAuthorityId" = "l0"."Id"
        WHERE "m"."Id" = "m1"."MeetingId" AND "l0"."Code" IN (@councils341, @councils342, @councils343, @councils344, @councils345, @councils346, @councils347, @councils348, @councils349, @councils350) AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS "m3"
            WHERE "m2"."Id" = "m3"."MeetingId" AND "m3"."Agency" = @agency4) AND "m1"."Agency" = @Value5)
    ORDER BY "m"."HeldAt" DESC, "m"."Id", "l"."Id"
    LIMIT @p
) AS "s8"
INNER JOIN (
    SELECT "m46"."Description", "m46"."OwnerAgency", 0 AS "c", "m46"."Id", "m46"."MeetingId"
    FROM "MeetingActions" AS "m46"
    INNER JOIN "Meetings" AS "m47" ON "m46"."MeetingId" = "m47"."Id"
    INNER JOIN "LocalAuthorities" AS "l12" ON "m47"."LocalAuthorityId" = "l12"."Id"
    WHERE "l12"."Code" IN (@councils291, @councils292, @councils293, @councils294, @councils295, @councils296, @councils297, @councils298, @councils299, @councils2910) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m48"
        WHERE "m47"."Id" = "m48"."MeetingId" AND "m48"."Agency" = @agency30)
) AS "s9" ON "s8"."Id" = "s9"."MeetingId"
ORDER BY "s8"."HeldAt" DESC, "s8"."Id", "s8"."Id0", "s9"."Id"

-- statement 7
SELECT "m"."MeetingId" AS "K", "m"."ChildId" AS "C"
FROM "MeetingChildren" AS "m"
WHERE "m"."MeetingId" IN (@keys1, @keys2, @keys3)

-- statement 8
SELECT "m"."Id" AS "K", "m0"."ChildId" AS "C"
FROM "MeetingInvitations" AS "m"
INNER JOIN "MeetingChildren" AS "m0" ON "m"."MeetingId" = "m0"."MeetingId"
WHERE "m"."Id" IN (@keys1, @keys2, @keys3, @keys4, @keys5, @keys6, @keys7, @keys8, @keys9, @keys10)

-- statement 9
SELECT "m"."MeetingId" AS "K", "m"."ChildId" AS "C"
FROM "MeetingChildren" AS "m"
WHERE "m"."MeetingId" IN (@keys1, @keys2)

-- statement 10
SELECT "m"."Id" AS "K", "m0"."ChildId" AS "C"
FROM "MeetingContributions" AS "m"
INNER JOIN "MeetingChildren" AS "m0" ON "m"."MeetingId" = "m0"."MeetingId"
WHERE "m"."Id" IN (@keys1, @keys2, @keys3) AND ("m"."ChildId" IS NULL OR "m"."ChildId" = "m0"."ChildId")

-- statement 11
SELECT "m"."Id" AS "K", "m0"."ChildId" AS "C"
FROM "MeetingActions" AS "m"
INNER JOIN "MeetingChildren" AS "m0" ON "m"."MeetingId" = "m0"."MeetingId"
WHERE "m"."Id" IN (@keys1, @keys2) AND ("m"."ChildId" IS NULL OR "m"."ChildId" = "m0"."ChildId")

-- statement 12
SELECT "p"."Id", 1, (EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS "s"
    WHERE "p"."Id" = "s"."ChildId" AND "s"."StartDate" <= @day AND ("s"."EndDate" IS NULL OR "s"."EndDate" >= @day2)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS "p0"
    WHERE "p"."Id" = "p0"."ChildId" AND "p0"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p0"."StartDate" <= @day AND ("p0"."EndDate" IS NULL OR "p0"."EndDate" >= @day2))) AND (EXISTS (
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
    WHERE "p"."Id" = "c"."ChildId" AND "c"."GivenAt" <= @at AND ("c"."WithdrawnAt" IS NULL OR "c"."WithdrawnAt" > @at8) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS "c0"
        WHERE "c"."Id" = "c0"."ConsentId" AND "c0"."Agency" = @agency9 AND "c0"."Category" = @category)), EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS "e"
    WHERE "p"."Id" = "e"."ChildId" AND "e"."Subject" = @subject AND "e"."GrantedAt" <= @at12 AND "e"."ExpiresAt" > @at120 AND "e"."RevokedAt" IS NULL)
FROM "People" AS "p"
WHERE "p"."Id" IN (@ids1, @ids2, @ids3)

-- statement 13
SELECT "p"."Id", "p"."CaseHoldingHubId" AS "Hub"
FROM "People" AS "p"
WHERE "p"."Id" IN (@children1, @children2, @children3) AND "p"."CaseHoldingHubId" IS NOT NULL

