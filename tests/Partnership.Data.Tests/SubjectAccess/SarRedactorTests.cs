using Partnership.Data.SubjectAccess;

namespace Partnership.Data.Tests.SubjectAccess;

public sealed class SarRedactorTests
{
    private static SarRecord Record(string text, string field = "Text") =>
        new("MeetingContribution", "c1", [new SarField("Id", "c1"), new SarField(field, text)]);

    [Fact]
    public void Scrub_TextNamingAnotherPerson_NameWithheldChildsOwnNameKeptAndListed()
    {
        var redactor = new SarRedactor(["Amira", "Khan"]);
        redactor.AddThirdParty("Bilal", "Khan");

        var scrubbed = redactor.Scrub("meetingContributions", Record("Amira said Bilal Khan shouted; later Bilal left. Khan family seen."));

        Assert.Equal("Amira said [withheld] shouted; later [withheld] left. Khan family seen.", scrubbed["Text"]);
        Assert.True(scrubbed.Fields.Single(f => f.Name == "Text").Redacted);
        var listed = Assert.Single(redactor.Redactions);
        Assert.Equal(new SarRedaction("meetingContributions", "c1", "Text", SarRedactor.NameInText), listed);
    }

    [Fact]
    public void Scrub_SiblingSharingTheChildsGivenName_OnlyTheFullNameWithheld()
    {
        var redactor = new SarRedactor(["Sam", "Jones"]);
        redactor.AddThirdParty("Sam", "Patel");

        var scrubbed = redactor.Scrub("notes", Record("Sam Patel and Sam met."));

        Assert.Equal("[withheld] and Sam met.", scrubbed["Text"]);
    }

    [Fact]
    public void Scrub_NameInsideAnotherWordOrInAStructuredField_Untouched()
    {
        var redactor = new SarRedactor(["Amira"]);
        redactor.AddThirdParty("Ali", "Shah");

        var prose = redactor.Scrub("s", Record("Alison called about the school."));
        var structured = redactor.Scrub("s", Record("Ali", field: "GivenName"));

        Assert.Equal("Alison called about the school.", prose["Text"]);
        Assert.Equal("Ali", structured["GivenName"]);
        Assert.Empty(redactor.Redactions);
    }

    [Fact]
    public void TryParseChildId_GuidOrChildGlobalId_Accepted_OtherwiseRefused()
    {
        var id = Guid.NewGuid();
        var global = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"Child:{id:D}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var plan = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"Plan:{id:D}")).TrimEnd('=');

        Assert.True(SubjectAccessExporter.TryParseChildId(id.ToString(), out var a) && a == id);
        Assert.True(SubjectAccessExporter.TryParseChildId(global, out var b) && b == id);
        Assert.False(SubjectAccessExporter.TryParseChildId(plan, out _));
        Assert.False(SubjectAccessExporter.TryParseChildId("12345", out _));
        Assert.False(SubjectAccessExporter.TryParseChildId("", out _));
    }
}
