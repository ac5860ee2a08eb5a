using Osprey.Core;

namespace Osprey.Cli;

/// <summary>The process exit codes of <c>osprey</c>; docs/cli.md lists them for scripts that branch on them.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>An unexpected failure (a bug or an environment problem the message describes).</summary>
    public const int Failure = 1;

    /// <summary>The command line itself was wrong: unknown command or option, missing argument.</summary>
    public const int Usage = 2;

    /// <summary>A named experiment, run, model, version, alias or token does not exist.</summary>
    public const int NotFound = 3;

    /// <summary>The input was rejected: invalid value or filter, name taken, wrong state, conflicting write, over a limit.</summary>
    public const int InvalidInput = 4;

    /// <summary>The server refused the call for want of a valid API token.</summary>
    public const int Unauthorized = 5;

    /// <summary>The server or the store could not be reached or is temporarily unavailable.</summary>
    public const int Unavailable = 6;

    /// <summary>The user interrupted the command (Ctrl+C), as shells report SIGINT.</summary>
    public const int Interrupted = 130;

    /// <summary>Maps an expected failure's code to the exit code a script sees.</summary>
    public static int From(ErrorCode code) => code switch
    {
        ErrorCode.NotFound => NotFound,
        ErrorCode.AlreadyExists or ErrorCode.InvalidParameter or ErrorCode.InvalidState
            or ErrorCode.Conflict or ErrorCode.LimitExceeded => InvalidInput,
        ErrorCode.Unauthorized => Unauthorized,
        ErrorCode.Unavailable => Unavailable,
        _ => Failure,
    };
}
