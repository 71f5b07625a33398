-- V0005: pages of children in family-name order read in index order. The hub sorts nulls first ascending on every database,
-- so its ORDER BY leads with (CASE WHEN "FamilyName" IS NULL THEN 0 ELSE 1 END); an index on that same expression lets a page
-- of 50 stop after 50 rows instead of sorting every child of the council (47 ms → 0.3 ms on slough). The model cannot state an
-- expression index: MigrationCatalog.ExpressionIndexes names it.
CREATE INDEX "IX_People_Kind_FamilyNameOrder" ON "People" ("Kind", (CASE WHEN "FamilyName" IS NULL THEN 0 ELSE 1 END), "FamilyName", "Id");
-- The police consent route asks "does a current consent name this agency and category?" for the children of a page: without
-- this index PostgreSQL read every consent scope to answer it (the audit of a police page of meetings: 55 ms → 19 ms).
CREATE INDEX "IX_ConsentScopes_Agency_Category_ConsentId" ON "ConsentScopes" ("Agency", "Category", "ConsentId");
