using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Partnership.Data.Identifiers;
using Partnership.Data.Model;
using Partnership.Data.Queries;
using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Types;
using Partnership.Schema.Audit;
using Partnership.Schema.Data;
using Partnership.Schema.Data.Paging;
using Partnership.Schema.Policy;
using FieldAudit = Partnership.Schema.Audit.AccessCollector.FieldAudit;

namespace Partnership.Schema;

/// <summary>
/// Consent and emergency access. Every mutation takes one input object and returns a payload with the result and typed
/// user errors (<c>errors: [UserError!]!</c>); when any part of the input is invalid nothing is stored.
/// </summary>
internal sealed class HubMutations(HubEntities hub)
{
    public const int MaxNameLength = 200, MinReasonLength = 10, MaxReasonLength = 1000;

    public sealed record UserError(string Code, string Message, IReadOnlyList<string> Field);

    private sealed record Payload(Guid? Id, Guid? ChildId, object? Value, IReadOnlyList<UserError> Errors);

    private ObjectType? _userError;

    /// <summary>The <c>UserError</c> type (after <see cref="AddFields"/>), for the other mutations of the schema.</summary>
    internal ObjectType UserErrorType => _userError ?? throw new InvalidOperationException("AddFields has not run.");

    public void AddFields(ObjectTypeBuilder t)
    {
        var data = hub.Data;
        var agency = data.EnumFor(typeof(Agency));
        var category = data.EnumFor(typeof(InformationCategory));
        _userError = new ObjectType("UserError", b =>
        {
            b.Field("code", Scalars.String.NonNull()).Resolve<UserError>(e => e.Code);
            b.Field("message", Scalars.String.NonNull()).Resolve<UserError>(e => e.Message);
            b.Field("field", Scalars.String.NonNull().List().NonNull(), "The path of the input field at fault.").Resolve<UserError>(e => e.Field);
        })
        { Description = "Why a mutation changed nothing." };

        var scopeInput = new InputObjectType("ConsentScopeInput", b => b
            .Field("organisation", Scalars.String, "The recipient organisation: its hub id, school URN or NHS ODS code (required: a consent for a whole agency is refused).")
            .Field("agency", agency, "Deprecated: the organisation's agency is taken from the organisation; when given it must match.")
            .Field("category", category.NonNull()));
        var recordInput = new InputObjectType("RecordConsentInput", b => b
            .Field("childId", Scalars.ID.NonNull())
            .Field("givenByName", Scalars.String.NonNull(), "Who consented.")
            .Field("relationship", data.EnumFor(typeof(ConsentRelationship)).NonNull(), "Their relationship to the child.")
            .Field("scopes", scopeInput.NonNull().List().NonNull(), "Recipient organisations and categories covered.")
            .Field("endsOn", DataScalars.Date, "The end date the family stated: the consent is not current on or after it.")
            .Field("involvementPlanId", Scalars.ID, "The early-help or child-in-need plan the consent is given for (default: the child's open one); the consent lapses when it closes.")
            .Field("notes", Scalars.String));
        AuditedFields.Mutation(t, "recordConsent", ConsentPayload("RecordConsentPayload", "consent", hub.ConsentType).NonNull(),
                (ctx, audit) => Run(ctx, audit, RecordConsentAsync))
            .Description("Records a family's (or competent child's) consent to share (children's social care only).")
            .Argument("input", recordInput.NonNull());

        var withdrawInput = new InputObjectType("WithdrawConsentInput", b => b.Field("consentId", Scalars.ID.NonNull()).Field("reason", Scalars.String));
        AuditedFields.Mutation(t, "withdrawConsent", ConsentPayload("WithdrawConsentPayload", "consent", hub.ConsentType).NonNull(),
                (ctx, audit) => Run(ctx, audit, WithdrawConsentAsync))
            .Description("Withdraws a consent: consent-route sharing stops from the next request; statutory sharing does not.")
            .Argument("input", withdrawInput.NonNull());

        var emergencyType = AccessLog.EmergencyAccessType(hub);
        var requestInput = new InputObjectType("RequestEmergencyAccessInput", b => b
            .Field("childId", Scalars.ID, "The child's global id, if known.")
            .Field("nhsNumber", Scalars.String, "Or the child's NHS number.")
            .Field("reason", Scalars.String.NonNull(), $"Why access is needed now ({MinReasonLength} to {MaxReasonLength} characters)."));
        AuditedFields.Mutation(t, "requestEmergencyAccess", EmergencyPayload("RequestEmergencyAccessPayload", emergencyType).NonNull(),
                (ctx, audit) => Run(ctx, audit, RequestEmergencyAccessAsync))
            .Description("Emergency access to one child: time-limited, recorded as a sharing decision, reported to the case-holding hub and reviewed.")
            .Argument("input", requestInput.NonNull());

        var reviewInput = new InputObjectType("ReviewEmergencyAccessInput", b => b
            .Field("id", Scalars.ID.NonNull()).Field("outcome", Scalars.String.NonNull()).Field("revoke", Scalars.Boolean, false));
        AuditedFields.Mutation(t, "reviewEmergencyAccess", EmergencyPayload("ReviewEmergencyAccessPayload", emergencyType).NonNull(),
                (ctx, audit) => Run(ctx, audit, ReviewEmergencyAccessAsync))
            .Description("Records social care's review of an emergency access, and revokes it if asked.")
            .Argument("input", reviewInput.NonNull());
    }

    private ObjectType ConsentPayload<T>(string name, string field, EntityType<T> entity) where T : class => new(name, b =>
    {
        AuditedFields.Lookup(b, field, entity, ctx =>
        {
            var id = ((Payload)ctx.Source!).Id;
            return entity.Name == HubEntities.Consent
                ? (IQueryable<T>)HubEntities.Db(ctx).Consents.Where(k => k.Id == id)
                : throw new InvalidOperationException($"No payload source for {entity.Name}.");
        });
        b.Field("errors", _userError!.NonNull().List().NonNull()).Resolve<Payload>(p => p.Errors);
    });

    private ObjectType EmergencyPayload(string name, ObjectType emergency) => new(name, b =>
    {
        b.Field("emergencyAccess", emergency).Resolve<Payload>(p => p.Value);
        AuditedFields.Lookup(b, "child", hub.ChildType, ctx =>
        {
            var id = ((Payload)ctx.Source!).ChildId;
            return HubEntities.Db(ctx).People.Where(p => p.Id == id);
        }).Description("The child, as the caller may now see it.");
        b.Field("errors", _userError!.NonNull().List().NonNull()).Resolve<Payload>(p => p.Errors);
    });

    private static async Task<object?> Run(IResolveFieldContext ctx, FieldAudit audit,
        Func<IResolveFieldContext, HubCaller, IReadOnlyDictionary<string, object?>, FieldAudit, Task<Payload>> body)
    {
        var caller = HubSchema.Caller(ctx) ?? throw new GraphQLError("Authentication is required.", extensions: HubSchema.Code(HubSchema.Codes.Unauthenticated));
        return await body(ctx, caller, (IReadOnlyDictionary<string, object?>)ctx.Arguments["input"]!, audit);
    }

    private static Payload Fail(string code, string message, params string[] field) => new(null, null, null, [new UserError(code, message, ["input", .. field])]);

    private static Payload Forbidden(string message) => Fail(HubSchema.Codes.Forbidden, message);

    private async Task<Payload> RecordConsentAsync(IResolveFieldContext ctx, HubCaller caller, IReadOnlyDictionary<string, object?> input, FieldAudit audit)
    {
        if (caller.Agency != Agency.SocialCare) return Forbidden("Only children's social care records consent.");
        var errors = new List<UserError>();
        var name = ((string)input["givenByName"]!).Trim();
        if (name.Length is 0 or > MaxNameLength) errors.Add(new("INVALID_NAME", $"givenByName must be 1 to {MaxNameLength} characters.", ["input", "givenByName"]));
        var db = HubEntities.Db(ctx);
        var scopes = new List<(Organisation Recipient, InformationCategory Category)>();
        foreach (IReadOnlyDictionary<string, object?> s in (System.Collections.IEnumerable)input["scopes"]!)
        {
            var category = (InformationCategory)s["category"]!;
            // domain.md: a consent names organisations; "any school" or "any health body" is not a valid consent.
            if (s.GetValueOrDefault("organisation") is not string org || org.Trim().Length == 0)
            {
                errors.Add(new("CONSENT_RECIPIENT_REQUIRED", "Each scope must name a recipient organisation: consent to a whole agency is not valid.", ["input", "scopes"]));
                continue;
            }
            var recipient = await RecipientAsync(db, org.Trim(), ctx.CancellationToken);
            if (recipient is null || recipient.Agency == Agency.SocialCare)
                errors.Add(new("UNKNOWN_ORGANISATION", "The hub knows no partner organisation by this id, URN or ODS code.", ["input", "scopes"]));
            else if (s.GetValueOrDefault("agency") is Agency stated && stated != recipient.Agency)
                errors.Add(new("AGENCY_MISMATCH", $"The organisation is not of agency {stated}.", ["input", "scopes"]));
            else if (!SharingPolicy.Consentable(category, recipient.Agency))
                errors.Add(new("CONSENT_NOT_ALLOWED", $"Consent cannot open {category} to {recipient.Agency}: the policy never shares it that way.", ["input", "scopes"]));
            else if (!scopes.Any(x => x.Recipient.Id == recipient.Id && x.Category == category)) scopes.Add((recipient, category));
        }
        if (scopes.Count == 0 && errors.Count == 0) errors.Add(new("NO_SCOPE", "A consent must name at least one organisation and category.", ["input", "scopes"]));
        var child = await VisibleChildAsync(ctx, caller, (string)input["childId"]!);
        if (child is null) errors.Add(new("NOT_FOUND", "There is no child with this id.", ["input", "childId"]));
        var endsOn = input.GetValueOrDefault("endsOn") as DateOnly?;
        if (endsOn is { } end && end <= caller.Today) errors.Add(new("INVALID_END_DATE", "endsOn must be after today.", ["input", "endsOn"]));
        Guid? involvement = null;
        if (child is not null)
        {
            involvement = await InvolvementAsync(db, caller, child.Value, input.GetValueOrDefault("involvementPlanId") as string, ctx.CancellationToken);
            if (involvement is null) errors.Add(new("NO_INVOLVEMENT", "A consent belongs to an open early-help or child-in-need plan of the child; there is none with this id.",
                ["input", "involvementPlanId"]));
        }
        if (errors.Count > 0) return new Payload(null, null, null, errors);

        var consent = new ConsentRecord
        {
            Id = Guid.NewGuid(), ChildId = child!.Value, GivenByName = name, Relationship = (ConsentRelationship)input["relationship"]!,
            GivenAt = caller.Now, EndsOn = endsOn, InvolvementPlanId = involvement, RecordedById = await PractitionerAsync(db, caller),
            Notes = input.GetValueOrDefault("notes") as string,
        };
        foreach (var (recipient, category) in scopes)
        {
            consent.Scopes.Add(new ConsentScope { ConsentId = consent.Id, OrganisationId = recipient.Id, Agency = recipient.Agency, Category = category });
            var decision = Decision(caller, child.Value, category, recipient.Agency, shared: true, $"consent given by {consent.Relationship}", consent.Id, null);
            decision.RecipientOrganisationId = recipient.Id;
            db.SharingDecisions.Add(decision);
        }
        db.Consents.Add(consent);
        await db.SaveChangesAsync(ctx.CancellationToken);
        db.ChangeTracker.Clear();
        return new Payload(consent.Id, child, null, []);
    }

    /// <summary>The organisation a consent or an invitation names: by hub id, school URN or NHS ODS code.</summary>
    internal static Task<Organisation?> RecipientAsync(Partnership.Data.PartnershipDbContext db, string org, CancellationToken ct)
    {
        var id = Guid.TryParse(org, out var g) ? g : Guid.Empty;
        return db.Organisations.AsNoTracking().Where(o => o.Id == id || o.Urn == org || o.OdsCode == org)
            .OrderBy(o => o.Id == id ? 0 : 1).FirstOrDefaultAsync(ct);
    }

    /// <summary>The open early-help or child-in-need plan of the child a consent belongs to: the one named, else the latest open one.</summary>
    private static async Task<Guid?> InvolvementAsync(Partnership.Data.PartnershipDbContext db, HubCaller caller, Guid child, string? planId, CancellationToken ct)
    {
        var today = caller.Today;
        var plans = db.Plans.Where(p => p.ChildId == child && (p.Kind == PlanKind.EarlyHelp || p.Kind == PlanKind.ChildInNeed))
            .Where(ModelQueries.PlanOpenOn(today));
        if (planId is not null)
        {
            if (DecodeId(planId, HubEntities.Plan) is not { } key) return null;
            plans = plans.Where(p => p.Id == key);
        }
        return await plans.OrderByDescending(p => p.StartDate).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct);
    }

    private async Task<Payload> WithdrawConsentAsync(IResolveFieldContext ctx, HubCaller caller, IReadOnlyDictionary<string, object?> input, FieldAudit audit)
    {
        if (caller.Agency != Agency.SocialCare) return Forbidden("Only children's social care withdraws consent.");
        var id = DecodeId((string)input["consentId"]!, HubEntities.Consent);
        var db = HubEntities.Db(ctx);
        var inCouncils = SharingPolicy.InCouncils(caller);
        var consent = id is null ? null : await db.Consents.Include(k => k.Scopes).Include(k => k.Child)
            .Where(k => k.Id == id).Where(k => db.People.Where(inCouncils).Any(p => p.Id == k.ChildId)).FirstOrDefaultAsync(ctx.CancellationToken);
        if (consent is null) return Fail("NOT_FOUND", "There is no consent with this id.", "consentId");
        if (consent.WithdrawnAt is not null) return Fail("ALREADY_WITHDRAWN", "This consent was already withdrawn.", "consentId");
        var reason = (input.GetValueOrDefault("reason") as string)?.Trim();
        if (reason is { Length: > MaxReasonLength }) return Fail("INVALID_REASON", $"reason must be at most {MaxReasonLength} characters.", "reason");
        consent.WithdrawnAt = caller.Now;
        foreach (var scope in consent.Scopes)
            db.SharingDecisions.Add(Decision(caller, consent.ChildId, scope.Category, scope.Agency, shared: false,
                string.IsNullOrEmpty(reason) ? "consent withdrawn" : $"consent withdrawn: {reason}", consent.Id, null));
        if (consent.Child?.CaseHoldingHubId is { } hubId)
            db.Notifications.Add(Notice(consent.ChildId, hubId, NotificationKind.ConsentWithdrawn, caller, "Consent to share was withdrawn; consent-route sharing has stopped."));
        await db.SaveChangesAsync(ctx.CancellationToken);
        db.ChangeTracker.Clear();
        return new Payload(consent.Id, consent.ChildId, null, []);
    }

    private async Task<Payload> RequestEmergencyAccessAsync(IResolveFieldContext ctx, HubCaller caller, IReadOnlyDictionary<string, object?> input, FieldAudit audit)
    {
        var categories = SharingPolicy.EmergencyCategories.Where(c => SharingPolicy.Cell(c, caller.Agency).Any(g => g.Basis == Basis.Emergency)).ToList();
        if (categories.Count == 0) return Forbidden($"The sharing policy gives {caller.Agency} no emergency access.");
        if (caller.IsSystem) return Forbidden("Emergency access is asked for by a practitioner, not a system.");
        var options = ctx.GetRequiredService<IOptions<SharingOptions>>().Value;
        if (caller.CountEmergencyRequest() > options.EmergencyAccessPerRequest)
            return Fail("EMERGENCY_ACCESS_LIMIT", $"One request may ask for at most {options.EmergencyAccessPerRequest} emergency access; ask for each child separately, each with its own reason.");
        var reason = ((string)input["reason"]!).Trim();
        if (reason.Length is < MinReasonLength or > MaxReasonLength)
            return Fail("INVALID_REASON", $"reason must be {MinReasonLength} to {MaxReasonLength} characters: say why access is needed now.", "reason");
        var childId = input.GetValueOrDefault("childId") as string;
        var nhsText = input.GetValueOrDefault("nhsNumber") as string;
        if ((childId is null) == (nhsText is null)) return Fail("INVALID_INPUT", "Give exactly one of childId and nhsNumber.", "childId");
        var db = HubEntities.Db(ctx);
        var people = db.People.Where(SharingPolicy.InCouncils(caller));
        Guid? child;
        if (nhsText is not null)
        {
            if (!NhsNumber.TryParse(nhsText, "nhsNumber", out var nhs, out var problem)) return Fail(HubSchema.Codes.InvalidNhsNumber, problem, "nhsNumber");
            child = await people.Where(p => p.NhsNumber == nhs).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ctx.CancellationToken);
        }
        else
        {
            var key = DecodeId(childId!, HubEntities.Child);
            child = key is null ? null : await people.Where(p => p.Id == key).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ctx.CancellationToken);
        }
        if (child is null) return Fail("NOT_FOUND", "There is no child with this identifier in the councils you serve.", nhsText is null ? "childId" : "nhsNumber");

        var since = caller.Now.AddDays(-1);
        var subject = caller.Subject;
        var agency = caller.Agency;
        if (await db.EmergencyAccessGrants.CountAsync(g => g.Subject == subject && g.Agency == agency && g.GrantedAt > since, ctx.CancellationToken)
            >= options.EmergencyAccessPerPractitionerPerDay)
        {
            // Refused, and the case holder told: a practitioner asking for many children in a day is for a person to look at.
            var holder = await db.People.Where(p => p.Id == child).Select(p => p.CaseHoldingHubId).FirstAsync(ctx.CancellationToken);
            if (holder is { } hub)
            {
                db.Notifications.Add(Notice(child.Value, hub, NotificationKind.EmergencyAccessRefused, caller,
                    $"{caller.Agency} asked for emergency access beyond its limit of {options.EmergencyAccessPerPractitionerPerDay} a day; it was refused."));
                await db.SaveChangesAsync(ctx.CancellationToken);
                db.ChangeTracker.Clear();
            }
            return Fail("EMERGENCY_ACCESS_LIMIT", $"A practitioner may be given at most {options.EmergencyAccessPerPractitionerPerDay} emergency accesses in 24 hours.");
        }
        var grant = new EmergencyAccessGrant
        {
            Id = Guid.NewGuid(), ChildId = child.Value, Agency = caller.Agency, OrganisationId = caller.OrganisationId,
            PractitionerId = await PractitionerAsync(db, caller), Subject = caller.Subject, Reason = reason,
            GrantedAt = caller.Now, ExpiresAt = caller.Now + options.EmergencyAccessDuration,
        };
        db.EmergencyAccessGrants.Add(grant);
        foreach (var category in categories)
            db.SharingDecisions.Add(Decision(caller, child.Value, category, caller.Agency, shared: true, $"emergency access: {reason}", null, grant.Id));
        var hubId = await db.People.Where(p => p.Id == child).Select(p => p.CaseHoldingHubId).FirstAsync(ctx.CancellationToken);
        if (hubId is { } h)
            db.Notifications.Add(Notice(child.Value, h, NotificationKind.EmergencyAccessGranted, caller,
                $"{caller.Agency} was granted emergency access until {grant.ExpiresAt:yyyy-MM-dd HH:mm} UTC; please review it."));
        await db.SaveChangesAsync(ctx.CancellationToken);
        db.ChangeTracker.Clear();
        return new Payload(grant.Id, child, grant, []);
    }

    private async Task<Payload> ReviewEmergencyAccessAsync(IResolveFieldContext ctx, HubCaller caller, IReadOnlyDictionary<string, object?> input, FieldAudit audit)
    {
        if (caller.Agency != Agency.SocialCare) return Forbidden("Only children's social care reviews emergency access.");
        var id = DecodeId((string)input["id"]!, "EmergencyAccess");
        var outcome = ((string)input["outcome"]!).Trim();
        if (outcome.Length is 0 or > MaxReasonLength) return Fail("INVALID_OUTCOME", $"outcome must be 1 to {MaxReasonLength} characters.", "outcome");
        var db = HubEntities.Db(ctx);
        var inCouncils = SharingPolicy.InCouncils(caller);
        var grant = id is null ? null : await db.EmergencyAccessGrants.Where(g => g.Id == id)
            .Where(g => db.People.Where(inCouncils).Any(p => p.Id == g.ChildId)).FirstOrDefaultAsync(ctx.CancellationToken);
        if (grant is null) return Fail("NOT_FOUND", "There is no emergency access with this id.", "id");
        grant.ReviewedAt = caller.Now;
        grant.ReviewedBy = caller.Subject;
        grant.ReviewOutcome = outcome;
        if (input.GetValueOrDefault("revoke") is true && grant.RevokedAt is null) grant.RevokedAt = caller.Now;
        await db.SaveChangesAsync(ctx.CancellationToken);
        db.ChangeTracker.Clear();
        // The payload shows the grant (the child, who asked and why), as emergencyAccessReviews does: an access like that one.
        audit.Child(grant.ChildId, InformationCategory.AssessmentAndCaseNotes);
        return new Payload(grant.Id, grant.ChildId, grant, []);
    }

    private async Task<Guid?> VisibleChildAsync(IResolveFieldContext ctx, HubCaller caller, string id)
    {
        var key = DecodeId(id, HubEntities.Child);
        if (key is null) return null;
        return await HubEntities.Db(ctx).People.Where(p => p.Id == key).Where(SharingPolicy.ChildRow(caller))
            .Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ctx.CancellationToken);
    }

    private static Guid? DecodeId(string id, string typeName)
    {
        try { return GlobalId.DecodeKey(id, typeName, typeof(Guid)) as Guid?; }
        catch (GraphQLError) { return null; }
    }

    private static async Task<Guid?> PractitionerAsync(Partnership.Data.PartnershipDbContext db, HubCaller caller) =>
        await db.Practitioners.Where(p => p.Subject == caller.Subject).Select(p => (Guid?)p.Id).FirstOrDefaultAsync();

    private static SharingDecision Decision(HubCaller caller, Guid child, InformationCategory category, Agency recipient, bool shared, string reason,
        Guid? consent, Guid? grant) => new()
        {
            Id = Guid.NewGuid(), ChildId = child, Category = category, RecipientAgency = recipient, Shared = shared,
            Route = grant is null ? SharingRoute.Consent : SharingRoute.EmergencyAccess, Reason = reason, DecidedBy = caller.Subject,
            DecidedByAgency = caller.Agency, DecidedAt = caller.Now, ConsentRecordId = consent, EmergencyAccessGrantId = grant,
            RecipientOrganisationId = grant is null ? null : caller.OrganisationId,
        };

    private static Notification Notice(Guid child, Guid hubId, NotificationKind kind, HubCaller caller, string message) => new()
    {
        Id = Guid.NewGuid(), ChildId = child, RecipientHubId = hubId, Kind = kind, TriggeredByAgency = caller.Agency,
        TriggeredByOrganisationId = caller.OrganisationId, Message = message, CreatedAt = caller.Now,
    };
}
