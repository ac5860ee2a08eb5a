using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Osprey.Core;
using Osprey.Server.Security;

namespace Osprey.Server.Pipelines;

/// <summary>Who may call the worker endpoints: when the server requires tokens, a caller with a valid API token, or a worker this server started
/// (which presents the server's per-process secret in <see cref="Header"/>, so spawned workers need no stored token).</summary>
public sealed class WorkerAccess(AuthenticationPolicy policy, RequestCallerIdentity caller)
{
    /// <summary>The request header carrying the worker secret.</summary>
    public const string Header = "X-Osprey-Worker-Secret";

    /// <summary>The environment variable a spawned worker reads the secret from.</summary>
    public const string SecretVariable = "OSPREY_WORKER_SECRET";

    private readonly byte[] _secret = Encoding.UTF8.GetBytes(Secret);

    /// <summary>Gets this process's worker secret, handed to the workers it starts.</summary>
    public static string Secret { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));

    /// <summary>Throws <see cref="ErrorCode.Unauthorized"/> unless the request may act as a worker.</summary>
    public void Check(HttpContext http)
    {
        if (!policy.TokensRequired || caller.Name != RequestCallerIdentity.Anonymous)
        {
            return;
        }
        var presented = http.Request.Headers[Header].ToString();
        if (presented.Length == 0 || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), _secret))
        {
            throw new OspreyException(ErrorCode.Unauthorized,
                $"Worker calls need an API token (Authorization: Bearer) or the secret of the server that started the worker ({Header}).");
        }
    }
}
