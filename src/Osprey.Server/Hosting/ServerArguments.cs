using Osprey.Core;

namespace Osprey.Server.Hosting;

/// <summary>Parses the server's own command line (<c>--home</c>, <c>--urls</c>, <c>--public-read</c>, <c>--require-token</c>) over the environment's defaults.</summary>
internal static class ServerArguments
{
    public static ServerOptions Parse(IReadOnlyList<string> args)
    {
        string? home = null;
        string? urls = null;
        bool publicRead = false, requireToken = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--home":
                    home = ValueAfter(args, ref i);
                    break;
                case "--urls":
                    urls = ValueAfter(args, ref i);
                    break;
                case "--public-read":
                    publicRead = true;
                    break;
                case "--require-token":
                    requireToken = true;
                    break;
                default:
                    throw OspreyException.Invalid($"Unknown server option '{args[i]}'; expected --home DIR, --urls URLS, --public-read or --require-token.");
            }
        }
        var options = ServerOptions.FromEnvironment(home);
        return options with { Urls = urls ?? options.Urls, PublicRead = publicRead, RequireToken = requireToken };
    }

    private static string ValueAfter(IReadOnlyList<string> args, ref int i)
    {
        if (i + 1 >= args.Count)
        {
            throw OspreyException.Invalid($"Option '{args[i]}' needs a value.");
        }
        return args[++i];
    }
}
