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
SELECT "m"."HeldAt", 0, "l"."Code", 0, "l"."Id", "m"."Id", 0, CASE
    WHEN EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m4"
        WHERE "m"."Id" = "m4"."MeetingId" AND "m4"."Agency" = @agency46 AND "m4"."Status" = 'Attended') OR EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS "m5"
        INNER JOIN "People" AS "p" ON "m5"."ChildId" = "p"."Id"
        WHERE "m"."Id" = "m5"."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS "s"
            WHERE "p"."Id" = "s"."ChildId" AND "s"."StartDate" <= @day47 AND ("s"."EndDate" IS NULL OR "s"."EndDate" > @day47)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS "p0"
            WHERE "p"."Id" = "p0"."ChildId" AND ("p0"."Kind" = 'ChildProtection' OR "p0"."Kind" = 'PreBirth' OR "p0"."Kind" = 'LookedAfter') AND "p0"."StartDate" <= @day47 AND ("p0"."EndDate" IS NULL OR "p0"."EndDate" > @day47)))) THEN "m"."DecisionStartSection47"
END, CASE
    WHEN EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m6"
        WHERE "m"."Id" = "m6"."MeetingId" AND "m6"."Agency" = @agency46 AND "m6"."Status" = 'Attended') OR EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS "m7"
        INNER JOIN "People" AS "p1" ON "m7"."ChildId" = "p1"."Id"
        WHERE "m"."Id" = "m7"."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS "s0"
            WHERE "p1"."Id" = "s0"."ChildId" AND "s0"."StartDate" <= @day47 AND ("s0"."EndDate" IS NULL OR "s0"."EndDate" > @day47)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS "p2"
            WHERE "p1"."Id" = "p2"."ChildId" AND ("p2"."Kind" = 'ChildProtection' OR "p2"."Kind" = 'PreBirth' OR "p2"."Kind" = 'LookedAfter') AND "p2"."StartDate" <= @day47 AND ("p2"."EndDate" IS NULL OR "p2"."EndDate" > @day47)))) THEN 0
    ELSE 3
END
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
SELECT "s8"."GivenName", "s8"."c", "s8"."Id", "s7"."Id", "s7"."Id0"
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
INNER JOIN (
    SELECT "p9"."GivenName", 0 AS "c", "p9"."Id", "m12"."MeetingId"
    FROM "MeetingChildren" AS "m12"
    INNER JOIN "People" AS "p9" ON "m12"."ChildId" = "p9"."Id"
    LEFT JOIN "LocalAuthorities" AS "l3" ON "p9"."LocalAuthorityId" = "l3"."Id"
    WHERE "p9"."Kind" = 'Child' AND "l3"."Id" IS NOT NULL AND ("l3"."Code" = @Value21 OR "l3"."Code" = @Value22 OR "l3"."Code" = @Value23 OR "l3"."Code" = @Value24 OR "l3"."Code" = @Value25 OR "l3"."Code" = @Value26 OR "l3"."Code" = @Value27 OR "l3"."Code" = @Value28) AND (((EXISTS (
        SELECT 1
        FROM "Section47Enquiries" AS "s1"
        WHERE "p9"."Id" = "s1"."ChildId" AND "s1"."StartDate" <= @day AND ("s1"."EndDate" IS NULL OR "s1"."EndDate" > @day)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS "p10"
        WHERE "p9"."Id" = "p10"."ChildId" AND "p10"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p10"."StartDate" <= @day AND ("p10"."EndDate" IS NULL OR "p10"."EndDate" > @day))) AND (EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS "m13"
        INNER JOIN "Meetings" AS "m14" ON "m13"."MeetingId" = "m14"."Id"
        WHERE "p9"."Id" = "m13"."ChildId" AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS "m15"
            WHERE "m14"."Id" = "m15"."MeetingId" AND "m15"."Agency" = @agency31)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS "p11"
        WHERE "p9"."Id" = "p11"."ChildId" AND EXISTS (
            SELECT 1
            FROM "PlanMembers" AS "p12"
            WHERE "p11"."Id" = "p12"."PlanId" AND "p12"."Agency" = @agency310)))) OR EXISTS (
        SELECT 1
        FROM "Consents" AS "c3"
        LEFT JOIN "Plans" AS "p13" ON "c3"."InvolvementPlanId" = "p13"."Id"
        WHERE "p9"."Id" = "c3"."ChildId" AND "c3"."GivenAt" <= @at AND ("c3"."WithdrawnAt" IS NULL OR "c3"."WithdrawnAt" > @at34) AND ("c3"."EndsOn" IS NULL OR "c3"."EndsOn" > @day35) AND ("c3"."InvolvementPlanId" IS NULL OR ("p13"."StartDate" <= @day36 AND ("p13"."EndDate" IS NULL OR "p13"."EndDate" > @day36))) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS "c4"
            WHERE "c3"."Id" = "c4"."ConsentId" AND "c4"."Agency" = @agency37 AND "c4"."Category" = @category)) OR EXISTS (
        SELECT 1
        FROM "EmergencyAccessGrants" AS "e1"
        WHERE "p9"."Id" = "e1"."ChildId" AND "e1"."Subject" = @subject AND "e1"."Agency" = @agency40 AND "e1"."OrganisationId" IS NULL AND "e1"."GrantedAt" <= @at42 AND "e1"."ExpiresAt" > @at420 AND "e1"."RevokedAt" IS NULL))
) AS "s8" ON "s7"."Id" = "s8"."MeetingId"
ORDER BY "s7"."HeldAt" DESC, "s7"."Id", "s7"."Id0", "s8"."Id"

-- statement 4
SELECT "m18"."Agency", "m18"."Status", 0, "m18"."Id", "s9"."Id", "s9"."Id0"
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
) AS "s9"
INNER JOIN "MeetingInvitations" AS "m18" ON "s9"."Id" = "m18"."MeetingId"
ORDER BY "s9"."HeldAt" DESC, "s9"."Id", "s9"."Id0", "m18"."Id"

-- statement 5
SELECT "s11"."Agency", "s11"."Text", "s11"."c", "s11"."Id", "s10"."Id", "s10"."Id0"
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
) AS "s10"
INNER JOIN (
    SELECT "m25"."Agency", "m25"."Text", 0 AS "c", "m25"."Id", "m25"."MeetingId"
    FROM "MeetingContributions" AS "m25"
    INNER JOIN "Meetings" AS "m26" ON "m25"."MeetingId" = "m26"."Id"
    WHERE "m25"."Agency" = @agency44 OR ("m25"."Category" NOT IN ('AssessmentAndCaseNotes', 'ConfidentialAddress') AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m27"
        WHERE "m26"."Id" = "m27"."MeetingId" AND "m27"."Agency" = @agency45 AND "m27"."Status" = 'Attended'))
) AS "s11" ON "s10"."Id" = "s11"."MeetingId"
ORDER BY "s10"."HeldAt" DESC, "s10"."Id", "s10"."Id0", "s11"."Id"

-- statement 6
SELECT "s13"."Description", "s13"."OwnerAgency", "s13"."c", "s13"."Id", "s12"."Id", "s12"."Id0"
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
) AS "s12"
INNER JOIN (
    SELECT "m38"."Description", "m38"."OwnerAgency", 0 AS "c", "m38"."Id", "m38"."MeetingId"
    FROM "MeetingActions" AS "m38"
    INNER JOIN "Meetings" AS "m39" ON "m38"."MeetingId" = "m39"."Id"
    WHERE EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m40"
        WHERE "m39"."Id" = "m40"."MeetingId" AND "m40"."Agency" = @agency49 AND "m40"."Status" = 'Attended') OR (EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS "m41"
        INNER JOIN "People" AS "p20" ON "m41"."ChildId" = "p20"."Id"
        WHERE "m39"."Id" = "m41"."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS "s5"
            WHERE "p20"."Id" = "s5"."ChildId" AND "s5"."StartDate" <= @day50 AND ("s5"."EndDate" IS NULL OR "s5"."EndDate" > @day50)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS "p21"
            WHERE "p20"."Id" = "p21"."ChildId" AND "p21"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p21"."StartDate" <= @day50 AND ("p21"."EndDate" IS NULL OR "p21"."EndDate" > @day50)))) AND "m38"."OwnerAgency" = @agency52)
) AS "s13" ON "s12"."Id" = "s13"."MeetingId"
ORDER BY "s12"."HeldAt" DESC, "s12"."Id", "s12"."Id0", "s13"."Id"

-- statement 7
SELECT "m"."MeetingId" AS "K", "m"."ChildId" AS "C"
FROM "MeetingChildren" AS "m"
WHERE "m"."MeetingId" = @Value OR "m"."MeetingId" = @Value1 OR "m"."MeetingId" = @Value2 OR "m"."MeetingId" = @Value3 OR "m"."MeetingId" = @Value4 OR "m"."MeetingId" = @Value5 OR "m"."MeetingId" = @Value6 OR "m"."MeetingId" = @Value7

-- statement 8
SELECT "m"."Id" AS "K", "m0"."ChildId" AS "C"
FROM "MeetingInvitations" AS "m"
INNER JOIN "MeetingChildren" AS "m0" ON "m"."MeetingId" = "m0"."MeetingId"
WHERE "m"."Id" = @Value OR "m"."Id" = @Value1 OR "m"."Id" = @Value2 OR "m"."Id" = @Value3 OR "m"."Id" = @Value4 OR "m"."Id" = @Value5 OR "m"."Id" = @Value6 OR "m"."Id" = @Value7 OR "m"."Id" = @Value8 OR "m"."Id" = @Value9 OR "m"."Id" = @Value10 OR "m"."Id" = @Value11 OR "m"."Id" = @Value12 OR "m"."Id" = @Value13 OR "m"."Id" = @Value14 OR "m"."Id" = @Value15

-- statement 9
SELECT "m"."MeetingId" AS "K", "m"."ChildId" AS "C"
FROM "MeetingChildren" AS "m"
WHERE "m"."MeetingId" = @Value OR "m"."MeetingId" = @Value1 OR "m"."MeetingId" = @Value2 OR "m"."MeetingId" = @Value3

-- statement 10
SELECT "m"."Id" AS "K", "m0"."ChildId" AS "C"
FROM "MeetingContributions" AS "m"
INNER JOIN "MeetingChildren" AS "m0" ON "m"."MeetingId" = "m0"."MeetingId"
WHERE ("m"."Id" = @Value OR "m"."Id" = @Value1 OR "m"."Id" = @Value2 OR "m"."Id" = @Value3 OR "m"."Id" = @Value4 OR "m"."Id" = @Value5 OR "m"."Id" = @Value6 OR "m"."Id" = @Value7) AND ("m"."ChildId" IS NULL OR "m"."ChildId" = "m0"."ChildId")

-- statement 11
SELECT "m"."Id" AS "K", "m0"."ChildId" AS "C"
FROM "MeetingActions" AS "m"
INNER JOIN "MeetingChildren" AS "m0" ON "m"."MeetingId" = "m0"."MeetingId"
WHERE ("m"."Id" = @Value OR "m"."Id" = @Value1 OR "m"."Id" = @Value2 OR "m"."Id" = @Value3) AND ("m"."ChildId" IS NULL OR "m"."ChildId" = "m0"."ChildId")

-- statement 12
SELECT "p"."Id", 1, (EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS "s"
    WHERE "p"."Id" = "s"."ChildId" AND "s"."StartDate" <= @day AND ("s"."EndDate" IS NULL OR "s"."EndDate" > @day)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS "p0"
    WHERE "p"."Id" = "p0"."ChildId" AND "p0"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p0"."StartDate" <= @day AND ("p0"."EndDate" IS NULL OR "p0"."EndDate" > @day))) AND (EXISTS (
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
    LEFT JOIN "Plans" AS "p3" ON "c"."InvolvementPlanId" = "p3"."Id"
    WHERE "p"."Id" = "c"."ChildId" AND "c"."GivenAt" <= @at AND ("c"."WithdrawnAt" IS NULL OR "c"."WithdrawnAt" > @at13) AND ("c"."EndsOn" IS NULL OR "c"."EndsOn" > @day14) AND ("c"."InvolvementPlanId" IS NULL OR ("p3"."StartDate" <= @day15 AND ("p3"."EndDate" IS NULL OR "p3"."EndDate" > @day15))) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS "c0"
        WHERE "c"."Id" = "c0"."ConsentId" AND "c0"."Agency" = @agency16 AND "c0"."Category" = @category)), EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS "e"
    WHERE "p"."Id" = "e"."ChildId" AND "e"."Subject" = @subject AND "e"."Agency" = @agency19 AND "e"."OrganisationId" IS NULL AND "e"."GrantedAt" <= @at21 AND "e"."ExpiresAt" > @at210 AND "e"."RevokedAt" IS NULL)
FROM "People" AS "p"
WHERE "p"."Id" = @Value OR "p"."Id" = @Value1 OR "p"."Id" = @Value2 OR "p"."Id" = @Value3 OR "p"."Id" = @Value4 OR "p"."Id" = @Value5 OR "p"."Id" = @Value6 OR "p"."Id" = @Value7

-- statement 13
SELECT "p"."Id", "p"."CaseHoldingHubId" AS "Hub"
FROM "People" AS "p"
WHERE ("p"."Id" = @Value OR "p"."Id" = @Value1 OR "p"."Id" = @Value2 OR "p"."Id" = @Value3 OR "p"."Id" = @Value4 OR "p"."Id" = @Value5 OR "p"."Id" = @Value6 OR "p"."Id" = @Value7) AND "p"."CaseHoldingHubId" IS NOT NULL

