using Osprey.Core;
using Osprey.Core.Registry;
using Osprey.Core.Serving;

namespace Osprey.Serving.Tests.Routing;

public sealed class ModelReferenceTests
{
    [Theory]
    [InlineData("churn@champion", ModelUriKind.Alias, "models:/churn@champion", true)]
    [InlineData("churn@Production", ModelUriKind.Stage, "models:/churn/Production", true)]
    [InlineData("churn@staging", ModelUriKind.Stage, "models:/churn/Staging", true)]
    [InlineData("churn/3", ModelUriKind.Version, "models:/churn/3", false)]
    [InlineData("models:/churn/latest", ModelUriKind.Latest, "models:/churn/latest", true)]
    public void Parse_CommandLineForms_NameWhatTheyFollow(string text, ModelUriKind kind, string canonical, bool moves)
    {
        var reference = ModelReference.Parse(text);

        Assert.Equal(kind, reference.Uri.Kind);
        Assert.Equal(canonical, reference.ToString());
        Assert.Equal(moves, reference.Moves);
    }

    [Fact]
    public void ParseVersion_Alias_IsRefusedNamingTheOption()
    {
        var error = Assert.Throws<OspreyException>(() => ModelReference.ParseVersion("churn@champion", "--canary"));

        Assert.Contains("--canary", error.Message);
        Assert.Contains("churn/4", error.Message);
    }

    [Fact]
    public void Parse_BadText_SaysWhere()
    {
        var error = Assert.Throws<OspreyException>(() => ModelReference.Parse("churn"));

        Assert.Equal(ErrorCode.InvalidParameter, error.Code);
        Assert.Contains("@", error.Message);
    }
}
