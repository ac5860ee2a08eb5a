using Osprey.TestKit;

namespace Osprey.Cli.Tests.Commands;

public sealed class ExperimentsCommandTests
{
    [Fact]
    public async Task DeleteAndRestore_ByName_HideAndShowTheExperiment()
    {
        using var cli = new CliRunner();
        var name = Some.Name("experiment");
        await cli.SucceedAsync("experiments", "create", name);

        await cli.SucceedAsync("experiments", "delete", name);
        var afterDelete = await cli.SucceedAsync("experiments", "list", "--json");
        var withDeleted = await cli.SucceedAsync("experiments", "list", "--all", "--json");
        await cli.SucceedAsync("experiments", "restore", name);
        var afterRestore = await cli.SucceedAsync("experiments", "list", "--json");

        Assert.DoesNotContain(name, Names(afterDelete));
        Assert.Contains(name, Names(withDeleted));
        Assert.Contains(name, Names(afterRestore));
    }

    [Fact]
    public async Task Create_ThenDeleteById_Works()
    {
        using var cli = new CliRunner();
        var name = Some.Name("experiment");
        var created = (await cli.SucceedAsync("experiments", "create", name, "--json")).Json().GetProperty("experiment");

        await cli.SucceedAsync("experiments", "delete", created.GetProperty("experiment_id").GetString()!);

        Assert.DoesNotContain(name, Names(await cli.SucceedAsync("experiments", "list", "--json")));
    }

    [Fact]
    public async Task Create_TakenName_ExitsFourWithOneLine()
    {
        using var cli = new CliRunner();
        var name = Some.Name("experiment");
        await cli.SucceedAsync("experiments", "create", name);

        var result = await cli.RunAsync("experiments", "create", name);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Single(result.ErrorLines);
    }

    [Fact]
    public async Task Delete_UnknownExperiment_ExitsThree()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("experiments", "delete", "987654");

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
    }

    private static List<string> Names(CliResult result) =>
        result.Json().GetProperty("experiments").EnumerateArray().Select(e => e.GetProperty("name").GetString()!).ToList();
}
