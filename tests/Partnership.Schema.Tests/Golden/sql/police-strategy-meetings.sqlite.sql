-- statement 1
SELECT "m"."Id"
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
ORDER BY "m"."HeldAt" DESC, "m"."Id"
LIMIT @p

-- statement 2
SELECT "m"."HeldAt", 0, "l"."Code", 0, "l"."Id", "m"."Id", 0, CASE
    WHEN EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m1"
        WHERE "m"."Id" = "m1"."MeetingId" AND "m1"."Agency" = @agency42 AND "m1"."Status" = 'Attended') OR EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS "m2"
        INNER JOIN "People" AS "p" ON "m2"."ChildId" = "p"."Id"
        WHERE "m"."Id" = "m2"."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS "s"
            WHERE "p"."Id" = "s"."ChildId" AND "s"."StartDate" <= @day43 AND ("s"."EndDate" IS NULL OR "s"."EndDate" > @day43)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS "p0"
            WHERE "p"."Id" = "p0"."ChildId" AND ("p0"."Kind" = 'ChildProtection' OR "p0"."Kind" = 'PreBirth' OR "p0"."Kind" = 'LookedAfter') AND "p0"."StartDate" <= @day43 AND ("p0"."EndDate" IS NULL OR "p0"."EndDate" > @day43)))) THEN "m"."DecisionStartSection47"
END, CASE
    WHEN EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m3"
        WHERE "m"."Id" = "m3"."MeetingId" AND "m3"."Agency" = @agency42 AND "m3"."Status" = 'Attended') OR EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS "m4"
        INNER JOIN "People" AS "p1" ON "m4"."ChildId" = "p1"."Id"
        WHERE "m"."Id" = "m4"."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS "s0"
            WHERE "p1"."Id" = "s0"."ChildId" AND "s0"."StartDate" <= @day43 AND ("s0"."EndDate" IS NULL OR "s0"."EndDate" > @day43)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS "p2"
            WHERE "p1"."Id" = "p2"."ChildId" AND ("p2"."Kind" = 'ChildProtection' OR "p2"."Kind" = 'PreBirth' OR "p2"."Kind" = 'LookedAfter') AND "p2"."StartDate" <= @day43 AND ("p2"."EndDate" IS NULL OR "p2"."EndDate" > @day43)))) THEN 0
    ELSE 3
END
FROM "Meetings" AS "m"
INNER JOIN "LocalAuthorities" AS "l" ON "m"."LocalAuthorityId" = "l"."Id"
WHERE "m"."Kind" = 'StrategyDiscussion' AND ("l"."Code" = @Value OR "l"."Code" = @Value1 OR "l"."Code" = @Value2 OR "l"."Code" = @Value3 OR "l"."Code" = @Value4 OR "l"."Code" = @Value5 OR "l"."Code" = @Value6 OR "l"."Code" = @Value7) AND EXISTS (
    SELECT 1
    FROM "MeetingInvitations" AS "m0"
    WHERE "m"."Id" = "m0"."MeetingId" AND "m0"."Agency" = @agency) AND ("m"."Id" = @Value9 OR "m"."Id" = @Value10 OR "m"."Id" = @Value11 OR "m"."Id" = @Value12 OR "m"."Id" = @Value13 OR "m"."Id" = @Value14 OR "m"."Id" = @Value15 OR "m"."Id" = @Value16)
ORDER BY "m"."HeldAt" DESC, "m"."Id", "l"."Id"

-- statement 3
SELECT "s7"."GivenName", "s7"."c", "s7"."Id", "m"."Id", "l"."Id"
FROM "Meetings" AS "m"
INNER JOIN "LocalAuthorities" AS "l" ON "m"."LocalAuthorityId" = "l"."Id"
INNER JOIN (
    SELECT "p9"."GivenName", 0 AS "c", "p9"."Id", "m9"."MeetingId"
    FROM "MeetingChildren" AS "m9"
    INNER JOIN "People" AS "p9" ON "m9"."ChildId" = "p9"."Id"
    LEFT JOIN "LocalAuthorities" AS "l2" ON "p9"."LocalAuthorityId" = "l2"."Id"
    WHERE "p9"."Kind" = 'Child' AND "l2"."Id" IS NOT NULL AND ("l2"."Code" = @Value17 OR "l2"."Code" = @Value18 OR "l2"."Code" = @Value19 OR "l2"."Code" = @Value20 OR "l2"."Code" = @Value21 OR "l2"."Code" = @Value22 OR "l2"."Code" = @Value23 OR "l2"."Code" = @Value24) AND (((EXISTS (
        SELECT 1
        FROM "Section47Enquiries" AS "s1"
        WHERE "p9"."Id" = "s1"."ChildId" AND "s1"."StartDate" <= @day AND ("s1"."EndDate" IS NULL OR "s1"."EndDate" > @day)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS "p10"
        WHERE "p9"."Id" = "p10"."ChildId" AND "p10"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p10"."StartDate" <= @day AND ("p10"."EndDate" IS NULL OR "p10"."EndDate" > @day))) AND (EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS "m10"
        INNER JOIN "Meetings" AS "m11" ON "m10"."MeetingId" = "m11"."Id"
        WHERE "p9"."Id" = "m10"."ChildId" AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS "m12"
            WHERE "m11"."Id" = "m12"."MeetingId" AND "m12"."Agency" = @agency27)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS "p11"
        WHERE "p9"."Id" = "p11"."ChildId" AND EXISTS (
            SELECT 1
            FROM "PlanMembers" AS "p12"
            WHERE "p11"."Id" = "p12"."PlanId" AND "p12"."Agency" = @agency270)))) OR EXISTS (
        SELECT 1
        FROM "Consents" AS "c3"
        LEFT JOIN "Plans" AS "p13" ON "c3"."InvolvementPlanId" = "p13"."Id"
        WHERE "p9"."Id" = "c3"."ChildId" AND "c3"."GivenAt" <= @at AND ("c3"."WithdrawnAt" IS NULL OR "c3"."WithdrawnAt" > @at30) AND ("c3"."EndsOn" IS NULL OR "c3"."EndsOn" > @day31) AND ("c3"."InvolvementPlanId" IS NULL OR ("p13"."StartDate" <= @day32 AND ("p13"."EndDate" IS NULL OR "p13"."EndDate" > @day32))) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS "c4"
            WHERE "c3"."Id" = "c4"."ConsentId" AND "c4"."Agency" = @agency33 AND "c4"."Category" = @category)) OR EXISTS (
        SELECT 1
        FROM "EmergencyAccessGrants" AS "e1"
        WHERE "p9"."Id" = "e1"."ChildId" AND "e1"."Subject" = @subject AND "e1"."Agency" = @agency36 AND "e1"."OrganisationId" IS NULL AND "e1"."GrantedAt" <= @at38 AND "e1"."ExpiresAt" > @at380 AND "e1"."RevokedAt" IS NULL))
) AS "s7" ON "m"."Id" = "s7"."MeetingId"
WHERE "m"."Kind" = 'StrategyDiscussion' AND ("l"."Code" = @Value OR "l"."Code" = @Value1 OR "l"."Code" = @Value2 OR "l"."Code" = @Value3 OR "l"."Code" = @Value4 OR "l"."Code" = @Value5 OR "l"."Code" = @Value6 OR "l"."Code" = @Value7) AND EXISTS (
    SELECT 1
    FROM "MeetingInvitations" AS "m0"
    WHERE "m"."Id" = "m0"."MeetingId" AND "m0"."Agency" = @agency) AND ("m"."Id" = @Value9 OR "m"."Id" = @Value10 OR "m"."Id" = @Value11 OR "m"."Id" = @Value12 OR "m"."Id" = @Value13 OR "m"."Id" = @Value14 OR "m"."Id" = @Value15 OR "m"."Id" = @Value16)
ORDER BY "m"."HeldAt" DESC, "m"."Id", "l"."Id", "s7"."Id"

-- statement 4
SELECT "m15"."Agency", "m15"."Status", 0, "m15"."Id", "m"."Id", "l"."Id"
FROM "Meetings" AS "m"
INNER JOIN "LocalAuthorities" AS "l" ON "m"."LocalAuthorityId" = "l"."Id"
INNER JOIN "MeetingInvitations" AS "m15" ON "m"."Id" = "m15"."MeetingId"
WHERE "m"."Kind" = 'StrategyDiscussion' AND ("l"."Code" = @Value OR "l"."Code" = @Value1 OR "l"."Code" = @Value2 OR "l"."Code" = @Value3 OR "l"."Code" = @Value4 OR "l"."Code" = @Value5 OR "l"."Code" = @Value6 OR "l"."Code" = @Value7) AND EXISTS (
    SELECT 1
    FROM "MeetingInvitations" AS "m0"
    WHERE "m"."Id" = "m0"."MeetingId" AND "m0"."Agency" = @agency) AND ("m"."Id" = @Value9 OR "m"."Id" = @Value10 OR "m"."Id" = @Value11 OR "m"."Id" = @Value12 OR "m"."Id" = @Value13 OR "m"."Id" = @Value14 OR "m"."Id" = @Value15 OR "m"."Id" = @Value16)
ORDER BY "m"."HeldAt" DESC, "m"."Id", "l"."Id", "m15"."Id"

-- statement 5
SELECT "s8"."Agency", "s8"."Text", "s8"."c", "s8"."Id", "m"."Id", "l"."Id"
FROM "Meetings" AS "m"
INNER JOIN "LocalAuthorities" AS "l" ON "m"."LocalAuthorityId" = "l"."Id"
INNER JOIN (
    SELECT "m22"."Agency", "m22"."Text", 0 AS "c", "m22"."Id", "m22"."MeetingId"
    FROM "MeetingContributions" AS "m22"
    INNER JOIN "Meetings" AS "m23" ON "m22"."MeetingId" = "m23"."Id"
    WHERE "m22"."Agency" = @agency40 OR ("m22"."Category" NOT IN ('AssessmentAndCaseNotes', 'ConfidentialAddress') AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m24"
        WHERE "m23"."Id" = "m24"."MeetingId" AND "m24"."Agency" = @agency41 AND "m24"."Status" = 'Attended'))
) AS "s8" ON "m"."Id" = "s8"."MeetingId"
WHERE "m"."Kind" = 'StrategyDiscussion' AND ("l"."Code" = @Value OR "l"."Code" = @Value1 OR "l"."Code" = @Value2 OR "l"."Code" = @Value3 OR "l"."Code" = @Value4 OR "l"."Code" = @Value5 OR "l"."Code" = @Value6 OR "l"."Code" = @Value7) AND EXISTS (
    SELECT 1
    FROM "MeetingInvitations" AS "m0"
    WHERE "m"."Id" = "m0"."MeetingId" AND "m0"."Agency" = @agency) AND ("m"."Id" = @Value9 OR "m"."Id" = @Value10 OR "m"."Id" = @Value11 OR "m"."Id" = @Value12 OR "m"."Id" = @Value13 OR "m"."Id" = @Value14 OR "m"."Id" = @Value15 OR "m"."Id" = @Value16)
ORDER BY "m"."HeldAt" DESC, "m"."Id", "l"."Id", "s8"."Id"

-- statement 6
SELECT "s9"."Description", "s9"."OwnerAgency", "s9"."c", "s9"."Id", "m"."Id", "l"."Id"
FROM "Meetings" AS "m"
INNER JOIN "LocalAuthorities" AS "l" ON "m"."LocalAuthorityId" = "l"."Id"
INNER JOIN (
    SELECT "m35"."Description", "m35"."OwnerAgency", 0 AS "c", "m35"."Id", "m35"."MeetingId"
    FROM "MeetingActions" AS "m35"
    INNER JOIN "Meetings" AS "m36" ON "m35"."MeetingId" = "m36"."Id"
    WHERE EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m37"
        WHERE "m36"."Id" = "m37"."MeetingId" AND "m37"."Agency" = @agency45 AND "m37"."Status" = 'Attended') OR (EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS "m38"
        INNER JOIN "People" AS "p20" ON "m38"."ChildId" = "p20"."Id"
        WHERE "m36"."Id" = "m38"."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS "s5"
            WHERE "p20"."Id" = "s5"."ChildId" AND "s5"."StartDate" <= @day46 AND ("s5"."EndDate" IS NULL OR "s5"."EndDate" > @day46)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS "p21"
            WHERE "p20"."Id" = "p21"."ChildId" AND "p21"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p21"."StartDate" <= @day46 AND ("p21"."EndDate" IS NULL OR "p21"."EndDate" > @day46)))) AND "m35"."OwnerAgency" = @agency48)
) AS "s9" ON "m"."Id" = "s9"."MeetingId"
WHERE "m"."Kind" = 'StrategyDiscussion' AND ("l"."Code" = @Value OR "l"."Code" = @Value1 OR "l"."Code" = @Value2 OR "l"."Code" = @Value3 OR "l"."Code" = @Value4 OR "l"."Code" = @Value5 OR "l"."Code" = @Value6 OR "l"."Code" = @Value7) AND EXISTS (
    SELECT 1
    FROM "MeetingInvitations" AS "m0"
    WHERE "m"."Id" = "m0"."MeetingId" AND "m0"."Agency" = @agency) AND ("m"."Id" = @Value9 OR "m"."Id" = @Value10 OR "m"."Id" = @Value11 OR "m"."Id" = @Value12 OR "m"."Id" = @Value13 OR "m"."Id" = @Value14 OR "m"."Id" = @Value15 OR "m"."Id" = @Value16)
ORDER BY "m"."HeldAt" DESC, "m"."Id", "l"."Id", "s9"."Id"

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

