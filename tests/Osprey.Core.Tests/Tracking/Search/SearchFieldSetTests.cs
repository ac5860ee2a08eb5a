using Osprey.Core.Tracking.Search;
using Xunit;

namespace Osprey.Core.Tests.Tracking.Search;

public sealed class SearchFieldSetTests
{
    [Theory]
    [InlineData("start_time", RunAttribute.StartTime)]
    [InlineData("created", RunAttribute.StartTime)]
    [InlineData("Created", RunAttribute.StartTime)]
    [InlineData("run name", RunAttribute.RunName)]
    [InlineData("Run Name", RunAttribute.RunName)]
    [InlineData("RUN_ID", RunAttribute.RunId)]
    public void FindAttribute_NameOrAliasInAnyCase_FindsCanonicalAttribute(string name, string canonical) =>
        Assert.Equal(canonical, SearchFieldSet.Runs.FindAttribute(name)?.Name);

    [Fact]
    public void FindAttribute_Unknown_ReturnsNull() => Assert.Null(SearchFieldSet.Runs.FindAttribute("colour"));

    [Fact]
    public void Runs_NumericAttributes_MatchRunAttribute()
    {
        foreach (var attribute in SearchFieldSet.Runs.Attributes)
        {
            Assert.Equal(RunAttribute.IsNumeric(attribute.Name), attribute.Type == SearchValueType.Number);
        }
    }

    [Fact]
    public void ModelVersions_SourcePath_IsAnAliasOfSource() =>
        Assert.Equal(ModelVersionAttribute.Source, SearchFieldSet.ModelVersions.FindAttribute("source_path")?.Name);

    [Fact]
    public void Kinds_PerEntity_MatchWhatEachSearchAllows()
    {
        Assert.True(SearchFieldSet.Runs.CanFilterBy(FieldKind.Dataset));
        Assert.False(SearchFieldSet.Runs.CanSortBy(FieldKind.Dataset));
        Assert.True(SearchFieldSet.Experiments.CanFilterBy(FieldKind.Tag));
        Assert.False(SearchFieldSet.Experiments.CanFilterBy(FieldKind.Metric));
        Assert.False(SearchFieldSet.RegisteredModels.CanSortBy(FieldKind.Tag));
        Assert.True(SearchFieldSet.ModelVersions.CanSortBy(FieldKind.Attribute));
    }

    [Fact]
    public void Constructor_DuplicateAlias_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new SearchFieldSet(
            "widgets",
            [FieldKind.Attribute],
            [FieldKind.Attribute],
            [new("size", SearchValueType.Number), new("width", SearchValueType.Number) { Aliases = ["SIZE"] }]));

        Assert.Contains("'SIZE'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CustomFieldSet_DrivesTheParser()
    {
        var widgets = new SearchFieldSet(
            "widgets",
            [FieldKind.Attribute],
            [FieldKind.Attribute],
            [new("size", SearchValueType.Number) { Aliases = ["bigness"] }, new("colour", SearchValueType.String) { AllowedValues = ["Red", "Blue"] }]);

        FilterAssert.Parses("bigness > 3 and colour in ('red', 'BLUE')", "attributes.size > 3 AND attributes.colour IN ('Red', 'Blue')", widgets);
        FilterAssert.Fails("tags.x = 'a'", 0, "widgets cannot be filtered by tags (use attributes.)", widgets);
        FilterAssert.Fails("weight = 1", 0, "unknown attribute 'weight' (known: size, colour)", widgets);
    }
}
