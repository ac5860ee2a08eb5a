using Osprey.Core;
using Osprey.Core.Alerting;
using Osprey.Core.Alerting.Alerts;
using Xunit;

namespace Osprey.Core.Tests.Alerting.Alerts;

public sealed class AlertRequestValidatorTests
{
    public static TheoryData<AlertRequest, string> OverLimit => new()
    {
        { new AlertRequest(new string('m', 131)), "'message'" },
        { new AlertRequest("ok", Alias: new string('a', 513)), "'alias'" },
        { new AlertRequest("ok", Description: new string('d', 15_001)), "'description'" },
        { new AlertRequest("ok", Entity: new string('e', 513)), "'entity'" },
        { new AlertRequest("ok", Tags: [.. Enumerable.Range(0, 21).Select(i => $"t{i}")]), "'tags'" },
        { new AlertRequest("ok", Tags: ["fine", new string('t', 51)]), "'tags[1]'" },
        { new AlertRequest("ok", Actions: [.. Enumerable.Range(0, 11).Select(i => $"a{i}")]), "'actions'" },
        { new AlertRequest("ok", Details: new Dictionary<string, string> { ["k"] = new string('v', 8_000) }), "'details'" },
        { new AlertRequest("ok", Responders: [new AlertResponder("pager", "x")]), "'responders[0]'" },
        { new AlertRequest("   "), "'message'" },
    };

    [Theory]
    [MemberData(nameof(OverLimit))]
    public void Validate_FieldBreaksLimit_ThrowsInvalidParameterNamingField(AlertRequest request, string field)
    {
        var error = Assert.Throws<OspreyException>(() => AlertRequestValidator.Validate(request));

        Assert.Equal(ErrorCode.InvalidParameter, error.Code);
        Assert.Contains(field, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AtLimits_AcceptsAndTrims()
    {
        var request = new AlertRequest(" " + new string('m', 130) + " ", new string('a', 512), Tags: [.. Enumerable.Range(0, 20).Select(i => new string('t', 49) + (char)('a' + i))],
            Actions: [.. Enumerable.Range(0, 10).Select(i => $"a{i}")], Entity: "  ", Responders: [new AlertResponder("TEAM", " ml ")]);

        var valid = AlertRequestValidator.Validate(request);

        Assert.Equal(130, valid.Message.Length);
        Assert.Equal(20, valid.Tags!.Count);
        Assert.Null(valid.Entity);
        Assert.Equal(new AlertResponder("team", "ml"), Assert.Single(valid.Responders!));
    }

    [Fact]
    public void Validate_UnknownPriority_ThrowsNamingPriority()
    {
        var error = Assert.Throws<OspreyException>(() => AlertRequestValidator.Validate(new AlertRequest("ok", Priority: (AlertPriority)9)));

        Assert.Contains("'priority'", error.Message, StringComparison.Ordinal);
    }
}
