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
WHERE p."Kind" = 'Child' AND p."Kind" = 'Child' AND l."Id" IS NOT NULL AND l."Code" = @Value AND (((EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS s
    WHERE p."Id" = s."ChildId" AND s."StartDate" <= @day AND (s."EndDate" IS NULL OR s."EndDate" >= @day2)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS p0
    WHERE p."Id" = p0."ChildId" AND p0."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p0."StartDate" <= @day AND (p0."EndDate" IS NULL OR p0."EndDate" >= @day2))) AND (EXISTS (
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
        WHERE p1."Id" = p2."PlanId" AND p2."Agency" = @agency0)))) OR EXISTS (
    SELECT 1
    FROM "Consents" AS c
    WHERE p."Id" = c."ChildId" AND c."GivenAt" <= @at AND (c."WithdrawnAt" IS NULL OR c."WithdrawnAt" > @at8) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c0
        WHERE c."Id" = c0."ConsentId" AND c0."Agency" = @agency9 AND c0."Category" = @category)) OR EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS e
    WHERE p."Id" = e."ChildId" AND e."Subject" = @subject AND e."GrantedAt" <= @at12 AND e."ExpiresAt" > @at120 AND e."RevokedAt" IS NULL))

-- statement 3
SELECT p."Id", p."GivenName", NOT EXISTS (
    SELECT 1
    FROM "Addresses" AS a
    WHERE p."Id" = a."PersonId" AND NOT (a."IsConfidential") AND a."ValidFrom" <= @Today AND (a."ValidTo" IS NULL OR a."ValidTo" >= @Today16)), CASE
    WHEN ((EXISTS (
        SELECT 1
        FROM "Section47Enquiries" AS s0
        WHERE p."Id" = s0."ChildId" AND s0."StartDate" <= @day17 AND (s0."EndDate" IS NULL OR s0."EndDate" >= @day18)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS p3
        WHERE p."Id" = p3."ChildId" AND (p3."Kind" = 'ChildProtection' OR p3."Kind" = 'PreBirth' OR p3."Kind" = 'LookedAfter') AND p3."StartDate" <= @day17 AND (p3."EndDate" IS NULL OR p3."EndDate" >= @day18))) AND (EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS m2
        INNER JOIN "Meetings" AS m3 ON m2."MeetingId" = m3."Id"
        WHERE p."Id" = m2."ChildId" AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS m4
            WHERE m3."Id" = m4."MeetingId" AND m4."Agency" = @agency21)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS p4
        WHERE p."Id" = p4."ChildId" AND EXISTS (
            SELECT 1
            FROM "PlanMembers" AS p5
            WHERE p4."Id" = p5."PlanId" AND p5."Agency" = @agency210)))) OR EXISTS (
        SELECT 1
        FROM "Consents" AS c1
        WHERE p."Id" = c1."ChildId" AND c1."GivenAt" <= @at23 AND (c1."WithdrawnAt" IS NULL OR c1."WithdrawnAt" > @at24) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS c2
            WHERE c1."Id" = c2."ConsentId" AND c2."Agency" = @agency25 AND c2."Category" = @category26)) OR EXISTS (
        SELECT 1
        FROM "EmergencyAccessGrants" AS e0
        WHERE p."Id" = e0."ChildId" AND e0."Subject" = @subject27 AND e0."GrantedAt" <= @at28 AND e0."ExpiresAt" > @at280 AND e0."RevokedAt" IS NULL) THEN (
        SELECT a0."Postcode"
        FROM "Addresses" AS a0
        WHERE p."Id" = a0."PersonId" AND NOT (a0."IsConfidential") AND a0."ValidFrom" <= @Today AND (a0."ValidTo" IS NULL OR a0."ValidTo" >= @Today16)
        ORDER BY a0."ValidFrom" DESC
        LIMIT 1)
END, 0, (
    SELECT a1."Id"
    FROM "Addresses" AS a1
    WHERE p."Id" = a1."PersonId" AND NOT (a1."IsConfidential") AND a1."ValidFrom" <= @Today AND (a1."ValidTo" IS NULL OR a1."ValidTo" >= @Today16)
    ORDER BY a1."ValidFrom" DESC
    LIMIT 1), l."Id", CASE
    WHEN ((EXISTS (
        SELECT 1
        FROM "Section47Enquiries" AS s1
        WHERE p."Id" = s1."ChildId" AND s1."StartDate" <= @day17 AND (s1."EndDate" IS NULL OR s1."EndDate" >= @day18)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS p6
        WHERE p."Id" = p6."ChildId" AND (p6."Kind" = 'ChildProtection' OR p6."Kind" = 'PreBirth' OR p6."Kind" = 'LookedAfter') AND p6."StartDate" <= @day17 AND (p6."EndDate" IS NULL OR p6."EndDate" >= @day18))) AND (EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS m5
        INNER JOIN "Meetings" AS m6 ON m5."MeetingId" = m6."Id"
        WHERE p."Id" = m5."ChildId" AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS m7
            WHERE m6."Id" = m7."MeetingId" AND m7."Agency" = @agency211)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS p7
        WHERE p."Id" = p7."ChildId" AND EXISTS (
            SELECT 1
            FROM "PlanMembers" AS p8
            WHERE p7."Id" = p8."PlanId" AND p8."Agency" = @agency212)))) OR EXISTS (
        SELECT 1
        FROM "Consents" AS c3
        WHERE p."Id" = c3."ChildId" AND c3."GivenAt" <= @at23 AND (c3."WithdrawnAt" IS NULL OR c3."WithdrawnAt" > @at24) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS c4
            WHERE c3."Id" = c4."ConsentId" AND c4."Agency" = @agency25 AND c4."Category" = @category26)) OR EXISTS (
        SELECT 1
        FROM "EmergencyAccessGrants" AS e1
        WHERE p."Id" = e1."ChildId" AND e1."Subject" = @subject27 AND e1."GrantedAt" <= @at281 AND e1."ExpiresAt" > @at282 AND e1."RevokedAt" IS NULL) THEN 0
    ELSE 1
END, CASE
    WHEN p."FamilyName" IS NULL THEN 0
    ELSE 1
END, p."FamilyName"
FROM "People" AS p
LEFT JOIN "LocalAuthorities" AS l ON p."LocalAuthorityId" = l."Id"
WHERE p."Kind" = 'Child' AND p."Kind" = 'Child' AND l."Id" IS NOT NULL AND l."Code" = @Value AND (((EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS s
    WHERE p."Id" = s."ChildId" AND s."StartDate" <= @day AND (s."EndDate" IS NULL OR s."EndDate" >= @day2)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS p0
    WHERE p."Id" = p0."ChildId" AND p0."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p0."StartDate" <= @day AND (p0."EndDate" IS NULL OR p0."EndDate" >= @day2))) AND (EXISTS (
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
        WHERE p1."Id" = p2."PlanId" AND p2."Agency" = @agency0)))) OR EXISTS (
    SELECT 1
    FROM "Consents" AS c
    WHERE p."Id" = c."ChildId" AND c."GivenAt" <= @at AND (c."WithdrawnAt" IS NULL OR c."WithdrawnAt" > @at8) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c0
        WHERE c."Id" = c0."ConsentId" AND c0."Agency" = @agency9 AND c0."Category" = @category)) OR EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS e
    WHERE p."Id" = e."ChildId" AND e."Subject" = @subject AND e."GrantedAt" <= @at12 AND e."ExpiresAt" > @at120 AND e."RevokedAt" IS NULL))
ORDER BY CASE
    WHEN p."FamilyName" IS NULL THEN 0
    ELSE 1
END, p."FamilyName", p."Id", l."Id"
LIMIT @p

-- statement 4
SELECT s43."Kind", s43.c, s43.c0, s43."Id", s42."Id", s42."Id0"
FROM (
    SELECT p."Id", l."Id" AS "Id0", CASE
        WHEN p."FamilyName" IS NULL THEN 0
        ELSE 1
    END AS c, p."FamilyName"
    FROM "People" AS p
    LEFT JOIN "LocalAuthorities" AS l ON p."LocalAuthorityId" = l."Id"
    WHERE p."Kind" = 'Child' AND p."Kind" = 'Child' AND l."Id" IS NOT NULL AND l."Code" = @Value AND (((EXISTS (
        SELECT 1
        FROM "Section47Enquiries" AS s
        WHERE p."Id" = s."ChildId" AND s."StartDate" <= @day AND (s."EndDate" IS NULL OR s."EndDate" >= @day2)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS p0
        WHERE p."Id" = p0."ChildId" AND p0."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p0."StartDate" <= @day AND (p0."EndDate" IS NULL OR p0."EndDate" >= @day2))) AND (EXISTS (
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
            WHERE p1."Id" = p2."PlanId" AND p2."Agency" = @agency0)))) OR EXISTS (
        SELECT 1
        FROM "Consents" AS c
        WHERE p."Id" = c."ChildId" AND c."GivenAt" <= @at AND (c."WithdrawnAt" IS NULL OR c."WithdrawnAt" > @at8) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS c0
            WHERE c."Id" = c0."ConsentId" AND c0."Agency" = @agency9 AND c0."Category" = @category)) OR EXISTS (
        SELECT 1
        FROM "EmergencyAccessGrants" AS e
        WHERE p."Id" = e."ChildId" AND e."Subject" = @subject AND e."GrantedAt" <= @at12 AND e."ExpiresAt" > @at120 AND e."RevokedAt" IS NULL))
    ORDER BY CASE
        WHEN p."FamilyName" IS NULL THEN 0
        ELSE 1
    END, p."FamilyName", p."Id", l."Id"
    LIMIT @p
) AS s42
INNER JOIN (
    SELECT p113."Kind", CASE
        WHEN ((EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS s39
            WHERE p114."Id" = s39."ChildId" AND s39."StartDate" <= @day47 AND (s39."EndDate" IS NULL OR s39."EndDate" >= @day48)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS p130
            WHERE p114."Id" = p130."ChildId" AND p130."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p130."StartDate" <= @day47 AND (p130."EndDate" IS NULL OR p130."EndDate" >= @day48))) AND (EXISTS (
            SELECT 1
            FROM "MeetingChildren" AS m119
            INNER JOIN "Meetings" AS m120 ON m119."MeetingId" = m120."Id"
            WHERE p114."Id" = m119."ChildId" AND EXISTS (
                SELECT 1
                FROM "MeetingInvitations" AS m121
                WHERE m120."Id" = m121."MeetingId" AND m121."Agency" = @agency51)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS p131
            WHERE p114."Id" = p131."ChildId" AND EXISTS (
                SELECT 1
                FROM "PlanMembers" AS p132
                WHERE p131."Id" = p132."PlanId" AND p132."Agency" = @agency510)))) OR EXISTS (
            SELECT 1
            FROM "Consents" AS c79
            WHERE p114."Id" = c79."ChildId" AND c79."GivenAt" <= @at53 AND (c79."WithdrawnAt" IS NULL OR c79."WithdrawnAt" > @at54) AND EXISTS (
                SELECT 1
                FROM "ConsentScopes" AS c80
                WHERE c79."Id" = c80."ConsentId" AND c80."Agency" = @agency55 AND c80."Category" = @category56)) THEN COALESCE(p113."LatestCategory", p113."InitialCategory")
    END AS c, CASE
        WHEN ((EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS s40
            WHERE p114."Id" = s40."ChildId" AND s40."StartDate" <= @day47 AND (s40."EndDate" IS NULL OR s40."EndDate" >= @day48)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS p133
            WHERE p114."Id" = p133."ChildId" AND p133."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p133."StartDate" <= @day47 AND (p133."EndDate" IS NULL OR p133."EndDate" >= @day48))) AND (EXISTS (
            SELECT 1
            FROM "MeetingChildren" AS m122
            INNER JOIN "Meetings" AS m123 ON m122."MeetingId" = m123."Id"
            WHERE p114."Id" = m122."ChildId" AND EXISTS (
                SELECT 1
                FROM "MeetingInvitations" AS m124
                WHERE m123."Id" = m124."MeetingId" AND m124."Agency" = @agency511)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS p134
            WHERE p114."Id" = p134."ChildId" AND EXISTS (
                SELECT 1
                FROM "PlanMembers" AS p135
                WHERE p134."Id" = p135."PlanId" AND p135."Agency" = @agency512)))) OR EXISTS (
            SELECT 1
            FROM "Consents" AS c81
            WHERE p114."Id" = c81."ChildId" AND c81."GivenAt" <= @at53 AND (c81."WithdrawnAt" IS NULL OR c81."WithdrawnAt" > @at54) AND EXISTS (
                SELECT 1
                FROM "ConsentScopes" AS c82
                WHERE c81."Id" = c82."ConsentId" AND c82."Agency" = @agency55 AND c82."Category" = @category56)) THEN 0
        ELSE 1
    END AS c0, p113."Id", p113."ChildId"
    FROM "Plans" AS p113
    INNER JOIN "People" AS p114 ON p113."ChildId" = p114."Id"
    WHERE ((EXISTS (
        SELECT 1
        FROM "Section47Enquiries" AS s34
        WHERE p114."Id" = s34."ChildId" AND s34."StartDate" <= @day34 AND (s34."EndDate" IS NULL OR s34."EndDate" >= @day35)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS p115
        WHERE p114."Id" = p115."ChildId" AND p115."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p115."StartDate" <= @day34 AND (p115."EndDate" IS NULL OR p115."EndDate" >= @day35))) AND (EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS m104
        INNER JOIN "Meetings" AS m105 ON m104."MeetingId" = m105."Id"
        WHERE p114."Id" = m104."ChildId" AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS m106
            WHERE m105."Id" = m106."MeetingId" AND m106."Agency" = @agency38)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS p116
        WHERE p114."Id" = p116."ChildId" AND EXISTS (
            SELECT 1
            FROM "PlanMembers" AS p117
            WHERE p116."Id" = p117."PlanId" AND p117."Agency" = @agency380)))) OR EXISTS (
        SELECT 1
        FROM "Consents" AS c69
        WHERE p114."Id" = c69."ChildId" AND c69."GivenAt" <= @at40 AND (c69."WithdrawnAt" IS NULL OR c69."WithdrawnAt" > @at41) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS c70
            WHERE c69."Id" = c70."ConsentId" AND c70."Agency" = @agency42 AND c70."Category" = @category43)) OR EXISTS (
        SELECT 1
        FROM "EmergencyAccessGrants" AS e10
        WHERE p114."Id" = e10."ChildId" AND e10."Subject" = @subject44 AND e10."GrantedAt" <= @at45 AND e10."ExpiresAt" > @at450 AND e10."RevokedAt" IS NULL)
) AS s43 ON s42."Id" = s43."ChildId"
ORDER BY s42.c, s42."FamilyName", s42."Id", s42."Id0", s43."Id"

-- statement 5
SELECT p."Id" AS "K", p."ChildId" AS "C"
FROM "Plans" AS p
WHERE p."Id" = @Value OR p."Id" = @Value1 OR p."Id" = @Value2 OR p."Id" = @Value3

-- statement 6
SELECT a."Id" AS "K", a."PersonId" AS "C"
FROM "Addresses" AS a
WHERE a."Id" = @Value OR a."Id" = @Value1

-- statement 7
SELECT p."Id", (EXISTS (
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
    WHERE p."Id" = e."ChildId" AND e."Subject" = @subject AND e."GrantedAt" <= @at15 AND e."ExpiresAt" > @at150 AND e."RevokedAt" IS NULL), (EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS s0
    WHERE p."Id" = s0."ChildId" AND s0."StartDate" <= @day17 AND (s0."EndDate" IS NULL OR s0."EndDate" >= @day18)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS p3
    WHERE p."Id" = p3."ChildId" AND (p3."Kind" = 'ChildProtection' OR p3."Kind" = 'PreBirth' OR p3."Kind" = 'LookedAfter') AND p3."StartDate" <= @day17 AND (p3."EndDate" IS NULL OR p3."EndDate" >= @day18))) AND (EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS m2
    INNER JOIN "Meetings" AS m3 ON m2."MeetingId" = m3."Id"
    WHERE p."Id" = m2."ChildId" AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m4
        WHERE m3."Id" = m4."MeetingId" AND m4."Agency" = @agency21)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS p4
    WHERE p."Id" = p4."ChildId" AND EXISTS (
        SELECT 1
        FROM "PlanMembers" AS p5
        WHERE p4."Id" = p5."PlanId" AND p5."Agency" = @agency210))), EXISTS (
    SELECT 1
    FROM "Consents" AS c1
    WHERE p."Id" = c1."ChildId" AND c1."GivenAt" <= @at23 AND (c1."WithdrawnAt" IS NULL OR c1."WithdrawnAt" > @at24) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c2
        WHERE c1."Id" = c2."ConsentId" AND c2."Agency" = @agency25 AND c2."Category" = @category26)), EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS e0
    WHERE p."Id" = e0."ChildId" AND e0."Subject" = @subject27 AND e0."GrantedAt" <= @at28 AND e0."ExpiresAt" > @at280 AND e0."RevokedAt" IS NULL), (EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS s1
    WHERE p."Id" = s1."ChildId" AND s1."StartDate" <= @day30 AND (s1."EndDate" IS NULL OR s1."EndDate" >= @day31)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS p6
    WHERE p."Id" = p6."ChildId" AND (p6."Kind" = 'ChildProtection' OR p6."Kind" = 'PreBirth' OR p6."Kind" = 'LookedAfter') AND p6."StartDate" <= @day30 AND (p6."EndDate" IS NULL OR p6."EndDate" >= @day31))) AND (EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS m5
    INNER JOIN "Meetings" AS m6 ON m5."MeetingId" = m6."Id"
    WHERE p."Id" = m5."ChildId" AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m7
        WHERE m6."Id" = m7."MeetingId" AND m7."Agency" = @agency34)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS p7
    WHERE p."Id" = p7."ChildId" AND EXISTS (
        SELECT 1
        FROM "PlanMembers" AS p8
        WHERE p7."Id" = p8."PlanId" AND p8."Agency" = @agency340))), EXISTS (
    SELECT 1
    FROM "Consents" AS c3
    WHERE p."Id" = c3."ChildId" AND c3."GivenAt" <= @at36 AND (c3."WithdrawnAt" IS NULL OR c3."WithdrawnAt" > @at37) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c4
        WHERE c3."Id" = c4."ConsentId" AND c4."Agency" = @agency38 AND c4."Category" = @category39)), EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS e1
    WHERE p."Id" = e1."ChildId" AND e1."Subject" = @subject40 AND e1."GrantedAt" <= @at41 AND e1."ExpiresAt" > @at410 AND e1."RevokedAt" IS NULL), (EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS s2
    WHERE p."Id" = s2."ChildId" AND s2."StartDate" <= @day43 AND (s2."EndDate" IS NULL OR s2."EndDate" >= @day44)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS p9
    WHERE p."Id" = p9."ChildId" AND (p9."Kind" = 'ChildProtection' OR p9."Kind" = 'PreBirth' OR p9."Kind" = 'LookedAfter') AND p9."StartDate" <= @day43 AND (p9."EndDate" IS NULL OR p9."EndDate" >= @day44))) AND (EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS m8
    INNER JOIN "Meetings" AS m9 ON m8."MeetingId" = m9."Id"
    WHERE p."Id" = m8."ChildId" AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m10
        WHERE m9."Id" = m10."MeetingId" AND m10."Agency" = @agency47)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS p10
    WHERE p."Id" = p10."ChildId" AND EXISTS (
        SELECT 1
        FROM "PlanMembers" AS p11
        WHERE p10."Id" = p11."PlanId" AND p11."Agency" = @agency470))), EXISTS (
    SELECT 1
    FROM "Consents" AS c5
    WHERE p."Id" = c5."ChildId" AND c5."GivenAt" <= @at49 AND (c5."WithdrawnAt" IS NULL OR c5."WithdrawnAt" > @at50) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c6
        WHERE c5."Id" = c6."ConsentId" AND c6."Agency" = @agency51 AND c6."Category" = @category52))
FROM "People" AS p
WHERE p."Id" = @Value OR p."Id" = @Value1 OR p."Id" = @Value2 OR p."Id" = @Value3

-- statement 8
SELECT p."Id", p."CaseHoldingHubId" AS "Hub"
FROM "People" AS p
WHERE (p."Id" = @Value OR p."Id" = @Value1 OR p."Id" = @Value2 OR p."Id" = @Value3) AND p."CaseHoldingHubId" IS NOT NULL

