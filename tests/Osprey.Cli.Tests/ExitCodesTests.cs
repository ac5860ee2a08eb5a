using Osprey.Core;

namespace Osprey.Cli.Tests;

public sealed class ExitCodesTests
{
    [Theory]
    [InlineData(ErrorCode.NotFound, 3)]
    [InlineData(ErrorCode.AlreadyExists, 4)]
    [InlineData(ErrorCode.InvalidParameter, 4)]
    [InlineData(ErrorCode.InvalidState, 4)]
    [InlineData(ErrorCode.Conflict, 4)]
    [InlineData(ErrorCode.LimitExceeded, 4)]
    [InlineData(ErrorCode.Unauthorized, 5)]
    [InlineData(ErrorCode.Unavailable, 6)]
    public void From_EachErrorCode_MapsToTheDocumentedExitCode(ErrorCode code, int expected) =>
        Assert.Equal(expected, ExitCodes.From(code));

    [Fact]
    public void From_EveryErrorCode_IsNeitherSuccessNorGeneric()
    {
        foreach (var code in Enum.GetValues<ErrorCode>())
        {
            Assert.InRange(ExitCodes.From(code), ExitCodes.NotFound, ExitCodes.Unavailable);
        }
    }
}
