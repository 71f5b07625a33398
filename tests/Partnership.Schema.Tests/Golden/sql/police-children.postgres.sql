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
WHERE p."Kind" = 'Child' AND p."Kind" = 'Child' AND l."Id" IS NOT NULL AND (l."Code" = ANY (@councils) OR (l."Code" IS NULL AND array_position(@councils, NULL) IS NOT NULL)) AND (((EXISTS (
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
    WHERE p."Id" = a."PersonId" AND NOT (a."IsConfidential") AND a."ValidFrom" <= @Today AND (a."ValidTo" IS NULL OR a."ValidTo" >= @Today16)) OR (((
    SELECT p3."Kind"
    FROM "Addresses" AS a0
    INNER JOIN "People" AS p3 ON a0."PersonId" = p3."Id"
    WHERE p."Id" = a0."PersonId" AND NOT (a0."IsConfidential") AND a0."ValidFrom" <= @Today AND (a0."ValidTo" IS NULL OR a0."ValidTo" >= @Today16)
    ORDER BY a0."ValidFrom" DESC
    LIMIT 1) <> 'Child' OR (
    SELECT p3."Kind"
    FROM "Addresses" AS a0
    INNER JOIN "People" AS p3 ON a0."PersonId" = p3."Id"
    WHERE p."Id" = a0."PersonId" AND NOT (a0."IsConfidential") AND a0."ValidFrom" <= @Today AND (a0."ValidTo" IS NULL OR a0."ValidTo" >= @Today16)
    ORDER BY a0."ValidFrom" DESC
    LIMIT 1) IS NULL OR (
    SELECT l0."Id"
    FROM "Addresses" AS a1
    INNER JOIN "People" AS p4 ON a1."PersonId" = p4."Id"
    LEFT JOIN "LocalAuthorities" AS l0 ON p4."LocalAuthorityId" = l0."Id"
    WHERE p."Id" = a1."PersonId" AND NOT (a1."IsConfidential") AND a1."ValidFrom" <= @Today AND (a1."ValidTo" IS NULL OR a1."ValidTo" >= @Today16)
    ORDER BY a1."ValidFrom" DESC
    LIMIT 1) IS NULL OR (NOT ((
    SELECT l1."Code"
    FROM "Addresses" AS a2
    INNER JOIN "People" AS p5 ON a2."PersonId" = p5."Id"
    LEFT JOIN "LocalAuthorities" AS l1 ON p5."LocalAuthorityId" = l1."Id"
    WHERE p."Id" = a2."PersonId" AND NOT (a2."IsConfidential") AND a2."ValidFrom" <= @Today AND (a2."ValidTo" IS NULL OR a2."ValidTo" >= @Today16)
    ORDER BY a2."ValidFrom" DESC
    LIMIT 1) = ANY (@councils23) AND (
    SELECT l1."Code"
    FROM "Addresses" AS a2
    INNER JOIN "People" AS p5 ON a2."PersonId" = p5."Id"
    LEFT JOIN "LocalAuthorities" AS l1 ON p5."LocalAuthorityId" = l1."Id"
    WHERE p."Id" = a2."PersonId" AND NOT (a2."IsConfidential") AND a2."ValidFrom" <= @Today AND (a2."ValidTo" IS NULL OR a2."ValidTo" >= @Today16)
    ORDER BY a2."ValidFrom" DESC
    LIMIT 1) = ANY (@councils23) IS NOT NULL) AND ((
    SELECT l1."Code"
    FROM "Addresses" AS a2
    INNER JOIN "People" AS p5 ON a2."PersonId" = p5."Id"
    LEFT JOIN "LocalAuthorities" AS l1 ON p5."LocalAuthorityId" = l1."Id"
    WHERE p."Id" = a2."PersonId" AND NOT (a2."IsConfidential") AND a2."ValidFrom" <= @Today AND (a2."ValidTo" IS NULL OR a2."ValidTo" >= @Today16)
    ORDER BY a2."ValidFrom" DESC
    LIMIT 1) IS NOT NULL OR array_position(@councils23, NULL) IS NULL)) OR (((NOT EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS s0
    WHERE (
        SELECT p6."Id"
        FROM "Addresses" AS a3
        INNER JOIN "People" AS p6 ON a3."PersonId" = p6."Id"
        WHERE p."Id" = a3."PersonId" AND NOT (a3."IsConfidential") AND a3."ValidFrom" <= @Today AND (a3."ValidTo" IS NULL OR a3."ValidTo" >= @Today16)
        ORDER BY a3."ValidFrom" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p7."Id"
        FROM "Addresses" AS a4
        INNER JOIN "People" AS p7 ON a4."PersonId" = p7."Id"
        WHERE p."Id" = a4."PersonId" AND NOT (a4."IsConfidential") AND a4."ValidFrom" <= @Today AND (a4."ValidTo" IS NULL OR a4."ValidTo" >= @Today16)
        ORDER BY a4."ValidFrom" DESC
        LIMIT 1) = s0."ChildId" AND s0."StartDate" <= @day26 AND (s0."EndDate" IS NULL OR s0."EndDate" >= @day27)) AND NOT EXISTS (
    SELECT 1
    FROM "Plans" AS p8
    WHERE (
        SELECT p9."Id"
        FROM "Addresses" AS a5
        INNER JOIN "People" AS p9 ON a5."PersonId" = p9."Id"
        WHERE p."Id" = a5."PersonId" AND NOT (a5."IsConfidential") AND a5."ValidFrom" <= @Today AND (a5."ValidTo" IS NULL OR a5."ValidTo" >= @Today16)
        ORDER BY a5."ValidFrom" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p10."Id"
        FROM "Addresses" AS a6
        INNER JOIN "People" AS p10 ON a6."PersonId" = p10."Id"
        WHERE p."Id" = a6."PersonId" AND NOT (a6."IsConfidential") AND a6."ValidFrom" <= @Today AND (a6."ValidTo" IS NULL OR a6."ValidTo" >= @Today16)
        ORDER BY a6."ValidFrom" DESC
        LIMIT 1) = p8."ChildId" AND (p8."Kind" = 'ChildProtection' OR p8."Kind" = 'PreBirth' OR p8."Kind" = 'LookedAfter') AND p8."StartDate" <= @day26 AND (p8."EndDate" IS NULL OR p8."EndDate" >= @day27))) OR (NOT EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS m2
    INNER JOIN "Meetings" AS m3 ON m2."MeetingId" = m3."Id"
    WHERE (
        SELECT p11."Id"
        FROM "Addresses" AS a7
        INNER JOIN "People" AS p11 ON a7."PersonId" = p11."Id"
        WHERE p."Id" = a7."PersonId" AND NOT (a7."IsConfidential") AND a7."ValidFrom" <= @Today AND (a7."ValidTo" IS NULL OR a7."ValidTo" >= @Today16)
        ORDER BY a7."ValidFrom" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p12."Id"
        FROM "Addresses" AS a8
        INNER JOIN "People" AS p12 ON a8."PersonId" = p12."Id"
        WHERE p."Id" = a8."PersonId" AND NOT (a8."IsConfidential") AND a8."ValidFrom" <= @Today AND (a8."ValidTo" IS NULL OR a8."ValidTo" >= @Today16)
        ORDER BY a8."ValidFrom" DESC
        LIMIT 1) = m2."ChildId" AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m4
        WHERE m3."Id" = m4."MeetingId" AND m4."Agency" = @agency34)) AND NOT EXISTS (
    SELECT 1
    FROM "Plans" AS p13
    WHERE (
        SELECT p14."Id"
        FROM "Addresses" AS a9
        INNER JOIN "People" AS p14 ON a9."PersonId" = p14."Id"
        WHERE p."Id" = a9."PersonId" AND NOT (a9."IsConfidential") AND a9."ValidFrom" <= @Today AND (a9."ValidTo" IS NULL OR a9."ValidTo" >= @Today16)
        ORDER BY a9."ValidFrom" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p15."Id"
        FROM "Addresses" AS a10
        INNER JOIN "People" AS p15 ON a10."PersonId" = p15."Id"
        WHERE p."Id" = a10."PersonId" AND NOT (a10."IsConfidential") AND a10."ValidFrom" <= @Today AND (a10."ValidTo" IS NULL OR a10."ValidTo" >= @Today16)
        ORDER BY a10."ValidFrom" DESC
        LIMIT 1) = p13."ChildId" AND EXISTS (
        SELECT 1
        FROM "PlanMembers" AS p16
        WHERE p13."Id" = p16."PlanId" AND p16."Agency" = @agency340)))) AND NOT EXISTS (
    SELECT 1
    FROM "Consents" AS c1
    WHERE (
        SELECT p17."Id"
        FROM "Addresses" AS a11
        INNER JOIN "People" AS p17 ON a11."PersonId" = p17."Id"
        WHERE p."Id" = a11."PersonId" AND NOT (a11."IsConfidential") AND a11."ValidFrom" <= @Today AND (a11."ValidTo" IS NULL OR a11."ValidTo" >= @Today16)
        ORDER BY a11."ValidFrom" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p18."Id"
        FROM "Addresses" AS a12
        INNER JOIN "People" AS p18 ON a12."PersonId" = p18."Id"
        WHERE p."Id" = a12."PersonId" AND NOT (a12."IsConfidential") AND a12."ValidFrom" <= @Today AND (a12."ValidTo" IS NULL OR a12."ValidTo" >= @Today16)
        ORDER BY a12."ValidFrom" DESC
        LIMIT 1) = c1."ChildId" AND c1."GivenAt" <= @at40 AND (c1."WithdrawnAt" IS NULL OR c1."WithdrawnAt" > @at41) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c2
        WHERE c1."Id" = c2."ConsentId" AND c2."Agency" = @agency42 AND c2."Category" = @category43)) AND NOT EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS e0
    WHERE (
        SELECT p19."Id"
        FROM "Addresses" AS a13
        INNER JOIN "People" AS p19 ON a13."PersonId" = p19."Id"
        WHERE p."Id" = a13."PersonId" AND NOT (a13."IsConfidential") AND a13."ValidFrom" <= @Today AND (a13."ValidTo" IS NULL OR a13."ValidTo" >= @Today16)
        ORDER BY a13."ValidFrom" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p20."Id"
        FROM "Addresses" AS a14
        INNER JOIN "People" AS p20 ON a14."PersonId" = p20."Id"
        WHERE p."Id" = a14."PersonId" AND NOT (a14."IsConfidential") AND a14."ValidFrom" <= @Today AND (a14."ValidTo" IS NULL OR a14."ValidTo" >= @Today16)
        ORDER BY a14."ValidFrom" DESC
        LIMIT 1) = e0."ChildId" AND e0."Subject" = @subject46 AND e0."GrantedAt" <= @at47 AND e0."ExpiresAt" > @at470 AND e0."RevokedAt" IS NULL)) OR (
    SELECT a15."IsConfidential"
    FROM "Addresses" AS a15
    WHERE p."Id" = a15."PersonId" AND NOT (a15."IsConfidential") AND a15."ValidFrom" <= @Today AND (a15."ValidTo" IS NULL OR a15."ValidTo" >= @Today16)
    ORDER BY a15."ValidFrom" DESC
    LIMIT 1)) AND ((
    SELECT p21."Kind"
    FROM "Addresses" AS a16
    INNER JOIN "People" AS p21 ON a16."PersonId" = p21."Id"
    WHERE p."Id" = a16."PersonId" AND NOT (a16."IsConfidential") AND a16."ValidFrom" <= @Today AND (a16."ValidTo" IS NULL OR a16."ValidTo" >= @Today16)
    ORDER BY a16."ValidFrom" DESC
    LIMIT 1) <> 'Child' OR (
    SELECT p21."Kind"
    FROM "Addresses" AS a16
    INNER JOIN "People" AS p21 ON a16."PersonId" = p21."Id"
    WHERE p."Id" = a16."PersonId" AND NOT (a16."IsConfidential") AND a16."ValidFrom" <= @Today AND (a16."ValidTo" IS NULL OR a16."ValidTo" >= @Today16)
    ORDER BY a16."ValidFrom" DESC
    LIMIT 1) IS NULL OR (
    SELECT l2."Id"
    FROM "Addresses" AS a17
    INNER JOIN "People" AS p22 ON a17."PersonId" = p22."Id"
    LEFT JOIN "LocalAuthorities" AS l2 ON p22."LocalAuthorityId" = l2."Id"
    WHERE p."Id" = a17."PersonId" AND NOT (a17."IsConfidential") AND a17."ValidFrom" <= @Today AND (a17."ValidTo" IS NULL OR a17."ValidTo" >= @Today16)
    ORDER BY a17."ValidFrom" DESC
    LIMIT 1) IS NULL OR (NOT ((
    SELECT l3."Code"
    FROM "Addresses" AS a18
    INNER JOIN "People" AS p23 ON a18."PersonId" = p23."Id"
    LEFT JOIN "LocalAuthorities" AS l3 ON p23."LocalAuthorityId" = l3."Id"
    WHERE p."Id" = a18."PersonId" AND NOT (a18."IsConfidential") AND a18."ValidFrom" <= @Today AND (a18."ValidTo" IS NULL OR a18."ValidTo" >= @Today16)
    ORDER BY a18."ValidFrom" DESC
    LIMIT 1) = ANY (@councils23) AND (
    SELECT l3."Code"
    FROM "Addresses" AS a18
    INNER JOIN "People" AS p23 ON a18."PersonId" = p23."Id"
    LEFT JOIN "LocalAuthorities" AS l3 ON p23."LocalAuthorityId" = l3."Id"
    WHERE p."Id" = a18."PersonId" AND NOT (a18."IsConfidential") AND a18."ValidFrom" <= @Today AND (a18."ValidTo" IS NULL OR a18."ValidTo" >= @Today16)
    ORDER BY a18."ValidFrom" DESC
    LIMIT 1) = ANY (@councils23) IS NOT NULL) AND ((
    SELECT l3."Code"
    FROM "Addresses" AS a18
    INNER JOIN "People" AS p23 ON a18."PersonId" = p23."Id"
    LEFT JOIN "LocalAuthorities" AS l3 ON p23."LocalAuthorityId" = l3."Id"
    WHERE p."Id" = a18."PersonId" AND NOT (a18."IsConfidential") AND a18."ValidFrom" <= @Today AND (a18."ValidTo" IS NULL OR a18."ValidTo" >= @Today16)
    ORDER BY a18."ValidFrom" DESC
    LIMIT 1) IS NOT NULL OR array_position(@councils23, NULL) IS NULL)) OR NOT EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS e1
    WHERE (
        SELECT p24."Id"
        FROM "Addresses" AS a19
        INNER JOIN "People" AS p24 ON a19."PersonId" = p24."Id"
        WHERE p."Id" = a19."PersonId" AND NOT (a19."IsConfidential") AND a19."ValidFrom" <= @Today AND (a19."ValidTo" IS NULL OR a19."ValidTo" >= @Today16)
        ORDER BY a19."ValidFrom" DESC
        LIMIT 1) IS NOT NULL AND (
        SELECT p25."Id"
        FROM "Addresses" AS a20
        INNER JOIN "People" AS p25 ON a20."PersonId" = p25."Id"
        WHERE p."Id" = a20."PersonId" AND NOT (a20."IsConfidential") AND a20."ValidFrom" <= @Today AND (a20."ValidTo" IS NULL OR a20."ValidTo" >= @Today16)
        ORDER BY a20."ValidFrom" DESC
        LIMIT 1) = e1."ChildId" AND e1."Subject" = @subject60 AND e1."GrantedAt" <= @at61 AND e1."ExpiresAt" > @at610 AND e1."RevokedAt" IS NULL) OR NOT ((
    SELECT a21."IsConfidential"
    FROM "Addresses" AS a21
    WHERE p."Id" = a21."PersonId" AND NOT (a21."IsConfidential") AND a21."ValidFrom" <= @Today AND (a21."ValidTo" IS NULL OR a21."ValidTo" >= @Today16)
    ORDER BY a21."ValidFrom" DESC
    LIMIT 1)))) OR (((NOT EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS s1
    WHERE p."Id" = s1."ChildId" AND s1."StartDate" <= @day65 AND (s1."EndDate" IS NULL OR s1."EndDate" >= @day66)) AND NOT EXISTS (
    SELECT 1
    FROM "Plans" AS p26
    WHERE p."Id" = p26."ChildId" AND (p26."Kind" = 'ChildProtection' OR p26."Kind" = 'PreBirth' OR p26."Kind" = 'LookedAfter') AND p26."StartDate" <= @day65 AND (p26."EndDate" IS NULL OR p26."EndDate" >= @day66))) OR (NOT EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS m5
    INNER JOIN "Meetings" AS m6 ON m5."MeetingId" = m6."Id"
    WHERE p."Id" = m5."ChildId" AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m7
        WHERE m6."Id" = m7."MeetingId" AND m7."Agency" = @agency69)) AND NOT EXISTS (
    SELECT 1
    FROM "Plans" AS p27
    WHERE p."Id" = p27."ChildId" AND EXISTS (
        SELECT 1
        FROM "PlanMembers" AS p28
        WHERE p27."Id" = p28."PlanId" AND p28."Agency" = @agency690)))) AND NOT EXISTS (
    SELECT 1
    FROM "Consents" AS c3
    WHERE p."Id" = c3."ChildId" AND c3."GivenAt" <= @at71 AND (c3."WithdrawnAt" IS NULL OR c3."WithdrawnAt" > @at72) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c4
        WHERE c3."Id" = c4."ConsentId" AND c4."Agency" = @agency73 AND c4."Category" = @category74)) AND NOT EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS e2
    WHERE p."Id" = e2."ChildId" AND e2."Subject" = @subject75 AND e2."GrantedAt" <= @at76 AND e2."ExpiresAt" > @at760 AND e2."RevokedAt" IS NULL)), (
    SELECT a22."Postcode"
    FROM "Addresses" AS a22
    WHERE p."Id" = a22."PersonId" AND NOT (a22."IsConfidential") AND a22."ValidFrom" <= @Today AND (a22."ValidTo" IS NULL OR a22."ValidTo" >= @Today16)
    ORDER BY a22."ValidFrom" DESC
    LIMIT 1), 0, (
    SELECT a23."Id"
    FROM "Addresses" AS a23
    WHERE p."Id" = a23."PersonId" AND NOT (a23."IsConfidential") AND a23."ValidFrom" <= @Today AND (a23."ValidTo" IS NULL OR a23."ValidTo" >= @Today16)
    ORDER BY a23."ValidFrom" DESC
    LIMIT 1), l."Id", CASE
    WHEN ((EXISTS (
        SELECT 1
        FROM "Section47Enquiries" AS s2
        WHERE p."Id" = s2."ChildId" AND s2."StartDate" <= @day65 AND (s2."EndDate" IS NULL OR s2."EndDate" >= @day66)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS p29
        WHERE p."Id" = p29."ChildId" AND (p29."Kind" = 'ChildProtection' OR p29."Kind" = 'PreBirth' OR p29."Kind" = 'LookedAfter') AND p29."StartDate" <= @day65 AND (p29."EndDate" IS NULL OR p29."EndDate" >= @day66))) AND (EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS m8
        INNER JOIN "Meetings" AS m9 ON m8."MeetingId" = m9."Id"
        WHERE p."Id" = m8."ChildId" AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS m10
            WHERE m9."Id" = m10."MeetingId" AND m10."Agency" = @agency691)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS p30
        WHERE p."Id" = p30."ChildId" AND EXISTS (
            SELECT 1
            FROM "PlanMembers" AS p31
            WHERE p30."Id" = p31."PlanId" AND p31."Agency" = @agency692)))) OR EXISTS (
        SELECT 1
        FROM "Consents" AS c5
        WHERE p."Id" = c5."ChildId" AND c5."GivenAt" <= @at71 AND (c5."WithdrawnAt" IS NULL OR c5."WithdrawnAt" > @at72) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS c6
            WHERE c5."Id" = c6."ConsentId" AND c6."Agency" = @agency73 AND c6."Category" = @category74)) OR EXISTS (
        SELECT 1
        FROM "EmergencyAccessGrants" AS e3
        WHERE p."Id" = e3."ChildId" AND e3."Subject" = @subject75 AND e3."GrantedAt" <= @at761 AND e3."ExpiresAt" > @at762 AND e3."RevokedAt" IS NULL) THEN 0
    ELSE 1
END, CASE
    WHEN p."FamilyName" IS NULL THEN 0
    ELSE 1
END, p."FamilyName"
FROM "People" AS p
LEFT JOIN "LocalAuthorities" AS l ON p."LocalAuthorityId" = l."Id"
WHERE p."Kind" = 'Child' AND p."Kind" = 'Child' AND l."Id" IS NOT NULL AND (l."Code" = ANY (@councils) OR (l."Code" IS NULL AND array_position(@councils, NULL) IS NOT NULL)) AND (((EXISTS (
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
SELECT s57."Kind", s57.c, s57.c0, s57.c1, s57."Id", s56."Id", s56."Id0"
FROM (
    SELECT p."Id", l."Id" AS "Id0", CASE
        WHEN p."FamilyName" IS NULL THEN 0
        ELSE 1
    END AS c, p."FamilyName"
    FROM "People" AS p
    LEFT JOIN "LocalAuthorities" AS l ON p."LocalAuthorityId" = l."Id"
    WHERE p."Kind" = 'Child' AND p."Kind" = 'Child' AND l."Id" IS NOT NULL AND (l."Code" = ANY (@councils) OR (l."Code" IS NULL AND array_position(@councils, NULL) IS NOT NULL)) AND (((EXISTS (
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
        FROM "Consents" AS c0
        WHERE p."Id" = c0."ChildId" AND c0."GivenAt" <= @at AND (c0."WithdrawnAt" IS NULL OR c0."WithdrawnAt" > @at8) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS c1
            WHERE c0."Id" = c1."ConsentId" AND c1."Agency" = @agency9 AND c1."Category" = @category)) OR EXISTS (
        SELECT 1
        FROM "EmergencyAccessGrants" AS e
        WHERE p."Id" = e."ChildId" AND e."Subject" = @subject AND e."GrantedAt" <= @at12 AND e."ExpiresAt" > @at120 AND e."RevokedAt" IS NULL))
    ORDER BY CASE
        WHEN p."FamilyName" IS NULL THEN 0
        ELSE 1
    END, p."FamilyName", p."Id", l."Id"
    LIMIT @p
) AS s56
INNER JOIN (
    SELECT p294."Kind", ((EXISTS (
        SELECT 1
        FROM "Section47Enquiries" AS s53
        WHERE p295."Id" = s53."ChildId" AND s53."StartDate" <= @day109 AND (s53."EndDate" IS NULL OR s53."EndDate" >= @day110)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS p317
        WHERE p295."Id" = p317."ChildId" AND p317."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p317."StartDate" <= @day109 AND (p317."EndDate" IS NULL OR p317."EndDate" >= @day110))) AND (EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS m161
        INNER JOIN "Meetings" AS m162 ON m161."MeetingId" = m162."Id"
        WHERE p295."Id" = m161."ChildId" AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS m163
            WHERE m162."Id" = m163."MeetingId" AND m163."Agency" = @agency113)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS p318
        WHERE p295."Id" = p318."ChildId" AND EXISTS (
            SELECT 1
            FROM "PlanMembers" AS p319
            WHERE p318."Id" = p319."PlanId" AND p319."Agency" = @agency1130)))) OR EXISTS (
        SELECT 1
        FROM "Consents" AS c123
        WHERE p295."Id" = c123."ChildId" AND c123."GivenAt" <= @at115 AND (c123."WithdrawnAt" IS NULL OR c123."WithdrawnAt" > @at116) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS c124
            WHERE c123."Id" = c124."ConsentId" AND c124."Agency" = @agency117 AND c124."Category" = @category118)) AS c, COALESCE(p294."LatestCategory", p294."InitialCategory") AS c0, CASE
        WHEN ((EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS s54
            WHERE p295."Id" = s54."ChildId" AND s54."StartDate" <= @day109 AND (s54."EndDate" IS NULL OR s54."EndDate" >= @day110)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS p320
            WHERE p295."Id" = p320."ChildId" AND p320."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p320."StartDate" <= @day109 AND (p320."EndDate" IS NULL OR p320."EndDate" >= @day110))) AND (EXISTS (
            SELECT 1
            FROM "MeetingChildren" AS m164
            INNER JOIN "Meetings" AS m165 ON m164."MeetingId" = m165."Id"
            WHERE p295."Id" = m164."ChildId" AND EXISTS (
                SELECT 1
                FROM "MeetingInvitations" AS m166
                WHERE m165."Id" = m166."MeetingId" AND m166."Agency" = @agency1131)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS p321
            WHERE p295."Id" = p321."ChildId" AND EXISTS (
                SELECT 1
                FROM "PlanMembers" AS p322
                WHERE p321."Id" = p322."PlanId" AND p322."Agency" = @agency1132)))) OR EXISTS (
            SELECT 1
            FROM "Consents" AS c125
            WHERE p295."Id" = c125."ChildId" AND c125."GivenAt" <= @at115 AND (c125."WithdrawnAt" IS NULL OR c125."WithdrawnAt" > @at116) AND EXISTS (
                SELECT 1
                FROM "ConsentScopes" AS c126
                WHERE c125."Id" = c126."ConsentId" AND c126."Agency" = @agency117 AND c126."Category" = @category118)) THEN 0
        ELSE 1
    END AS c1, p294."Id", p294."ChildId"
    FROM "Plans" AS p294
    INNER JOIN "People" AS p295 ON p294."ChildId" = p295."Id"
    LEFT JOIN "LocalAuthorities" AS l34 ON p295."LocalAuthorityId" = l34."Id"
    WHERE p295."Kind" = 'Child' AND l34."Id" IS NOT NULL AND (l34."Code" = ANY (@councils82) OR (l34."Code" IS NULL AND array_position(@councils82, NULL) IS NOT NULL)) AND (((EXISTS (
        SELECT 1
        FROM "Section47Enquiries" AS s46
        WHERE p295."Id" = s46."ChildId" AND s46."StartDate" <= @day83 AND (s46."EndDate" IS NULL OR s46."EndDate" >= @day84)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS p296
        WHERE p295."Id" = p296."ChildId" AND p296."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p296."StartDate" <= @day83 AND (p296."EndDate" IS NULL OR p296."EndDate" >= @day84))) AND (EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS m140
        INNER JOIN "Meetings" AS m141 ON m140."MeetingId" = m141."Id"
        WHERE p295."Id" = m140."ChildId" AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS m142
            WHERE m141."Id" = m142."MeetingId" AND m142."Agency" = @agency87)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS p297
        WHERE p295."Id" = p297."ChildId" AND EXISTS (
            SELECT 1
            FROM "PlanMembers" AS p298
            WHERE p297."Id" = p298."PlanId" AND p298."Agency" = @agency870)))) OR EXISTS (
        SELECT 1
        FROM "Consents" AS c109
        WHERE p295."Id" = c109."ChildId" AND c109."GivenAt" <= @at89 AND (c109."WithdrawnAt" IS NULL OR c109."WithdrawnAt" > @at90) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS c110
            WHERE c109."Id" = c110."ConsentId" AND c110."Agency" = @agency91 AND c110."Category" = @category92)) OR EXISTS (
        SELECT 1
        FROM "EmergencyAccessGrants" AS e23
        WHERE p295."Id" = e23."ChildId" AND e23."Subject" = @subject93 AND e23."GrantedAt" <= @at94 AND e23."ExpiresAt" > @at940 AND e23."RevokedAt" IS NULL)) AND (((EXISTS (
        SELECT 1
        FROM "Section47Enquiries" AS s47
        WHERE p295."Id" = s47."ChildId" AND s47."StartDate" <= @day96 AND (s47."EndDate" IS NULL OR s47."EndDate" >= @day97)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS p299
        WHERE p295."Id" = p299."ChildId" AND p299."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p299."StartDate" <= @day96 AND (p299."EndDate" IS NULL OR p299."EndDate" >= @day97))) AND (EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS m143
        INNER JOIN "Meetings" AS m144 ON m143."MeetingId" = m144."Id"
        WHERE p295."Id" = m143."ChildId" AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS m145
            WHERE m144."Id" = m145."MeetingId" AND m145."Agency" = @agency100)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS p300
        WHERE p295."Id" = p300."ChildId" AND EXISTS (
            SELECT 1
            FROM "PlanMembers" AS p301
            WHERE p300."Id" = p301."PlanId" AND p301."Agency" = @agency1000)))) OR EXISTS (
        SELECT 1
        FROM "Consents" AS c111
        WHERE p295."Id" = c111."ChildId" AND c111."GivenAt" <= @at102 AND (c111."WithdrawnAt" IS NULL OR c111."WithdrawnAt" > @at103) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS c112
            WHERE c111."Id" = c112."ConsentId" AND c112."Agency" = @agency104 AND c112."Category" = @category105)) OR EXISTS (
        SELECT 1
        FROM "EmergencyAccessGrants" AS e24
        WHERE p295."Id" = e24."ChildId" AND e24."Subject" = @subject106 AND e24."GrantedAt" <= @at107 AND e24."ExpiresAt" > @at1070 AND e24."RevokedAt" IS NULL))
) AS s57 ON s56."Id" = s57."ChildId"
ORDER BY s56.c, s56."FamilyName", s56."Id", s56."Id0", s57."Id"

-- statement 5
SELECT p."Id" AS "K", p."ChildId" AS "C"
FROM "Plans" AS p
WHERE p."Id" = ANY (@keys)

-- statement 6
SELECT a."Id" AS "K", a."PersonId" AS "C"
FROM "Addresses" AS a
WHERE a."Id" = ANY (@keys)

-- statement 7
SELECT p."Id", (EXISTS (
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
    WHERE p."Id" = e."ChildId" AND e."Subject" = @subject AND e."GrantedAt" <= @at12 AND e."ExpiresAt" > @at120 AND e."RevokedAt" IS NULL), (EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS s0
    WHERE p."Id" = s0."ChildId" AND s0."StartDate" <= @day14 AND (s0."EndDate" IS NULL OR s0."EndDate" >= @day15)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS p3
    WHERE p."Id" = p3."ChildId" AND (p3."Kind" = 'ChildProtection' OR p3."Kind" = 'PreBirth' OR p3."Kind" = 'LookedAfter') AND p3."StartDate" <= @day14 AND (p3."EndDate" IS NULL OR p3."EndDate" >= @day15))) AND (EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS m2
    INNER JOIN "Meetings" AS m3 ON m2."MeetingId" = m3."Id"
    WHERE p."Id" = m2."ChildId" AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m4
        WHERE m3."Id" = m4."MeetingId" AND m4."Agency" = @agency18)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS p4
    WHERE p."Id" = p4."ChildId" AND EXISTS (
        SELECT 1
        FROM "PlanMembers" AS p5
        WHERE p4."Id" = p5."PlanId" AND p5."Agency" = @agency180))), EXISTS (
    SELECT 1
    FROM "Consents" AS c1
    WHERE p."Id" = c1."ChildId" AND c1."GivenAt" <= @at20 AND (c1."WithdrawnAt" IS NULL OR c1."WithdrawnAt" > @at21) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c2
        WHERE c1."Id" = c2."ConsentId" AND c2."Agency" = @agency22 AND c2."Category" = @category23)), EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS e0
    WHERE p."Id" = e0."ChildId" AND e0."Subject" = @subject24 AND e0."GrantedAt" <= @at25 AND e0."ExpiresAt" > @at250 AND e0."RevokedAt" IS NULL), (EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS s1
    WHERE p."Id" = s1."ChildId" AND s1."StartDate" <= @day27 AND (s1."EndDate" IS NULL OR s1."EndDate" >= @day28)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS p6
    WHERE p."Id" = p6."ChildId" AND (p6."Kind" = 'ChildProtection' OR p6."Kind" = 'PreBirth' OR p6."Kind" = 'LookedAfter') AND p6."StartDate" <= @day27 AND (p6."EndDate" IS NULL OR p6."EndDate" >= @day28))) AND (EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS m5
    INNER JOIN "Meetings" AS m6 ON m5."MeetingId" = m6."Id"
    WHERE p."Id" = m5."ChildId" AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m7
        WHERE m6."Id" = m7."MeetingId" AND m7."Agency" = @agency31)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS p7
    WHERE p."Id" = p7."ChildId" AND EXISTS (
        SELECT 1
        FROM "PlanMembers" AS p8
        WHERE p7."Id" = p8."PlanId" AND p8."Agency" = @agency310))), EXISTS (
    SELECT 1
    FROM "Consents" AS c3
    WHERE p."Id" = c3."ChildId" AND c3."GivenAt" <= @at33 AND (c3."WithdrawnAt" IS NULL OR c3."WithdrawnAt" > @at34) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c4
        WHERE c3."Id" = c4."ConsentId" AND c4."Agency" = @agency35 AND c4."Category" = @category36)), EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS e1
    WHERE p."Id" = e1."ChildId" AND e1."Subject" = @subject37 AND e1."GrantedAt" <= @at38 AND e1."ExpiresAt" > @at380 AND e1."RevokedAt" IS NULL), (EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS s2
    WHERE p."Id" = s2."ChildId" AND s2."StartDate" <= @day40 AND (s2."EndDate" IS NULL OR s2."EndDate" >= @day41)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS p9
    WHERE p."Id" = p9."ChildId" AND (p9."Kind" = 'ChildProtection' OR p9."Kind" = 'PreBirth' OR p9."Kind" = 'LookedAfter') AND p9."StartDate" <= @day40 AND (p9."EndDate" IS NULL OR p9."EndDate" >= @day41))) AND (EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS m8
    INNER JOIN "Meetings" AS m9 ON m8."MeetingId" = m9."Id"
    WHERE p."Id" = m8."ChildId" AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m10
        WHERE m9."Id" = m10."MeetingId" AND m10."Agency" = @agency44)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS p10
    WHERE p."Id" = p10."ChildId" AND EXISTS (
        SELECT 1
        FROM "PlanMembers" AS p11
        WHERE p10."Id" = p11."PlanId" AND p11."Agency" = @agency440))), EXISTS (
    SELECT 1
    FROM "Consents" AS c5
    WHERE p."Id" = c5."ChildId" AND c5."GivenAt" <= @at46 AND (c5."WithdrawnAt" IS NULL OR c5."WithdrawnAt" > @at47) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c6
        WHERE c5."Id" = c6."ConsentId" AND c6."Agency" = @agency48 AND c6."Category" = @category49))
FROM "People" AS p
WHERE p."Id" = ANY (@ids)

-- statement 8
SELECT p."Id", p."CaseHoldingHubId" AS "Hub"
FROM "People" AS p
WHERE p."Id" = ANY (@children) AND p."CaseHoldingHubId" IS NOT NULL

