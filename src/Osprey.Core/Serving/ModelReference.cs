using Osprey.Core.Registry;
using Osprey.Core.Tracking.Search;

namespace Osprey.Core.Serving;

/// <summary>A model a server serves: a registered model and how its version is chosen (fixed, latest, a stage or an alias).</summary>
/// <remarks><c>name@Production</c> and <c>name@Staging</c> name stages, as the serving command line spells them; other <c>@</c> names are aliases.</remarks>
public sealed record ModelReference(ModelUri Uri)
{
    /// <summary>Gets the registered model's name.</summary>
    public string Name => Uri.Name;

    /// <summary>Gets whether the version this reference names can move (latest, a stage or an alias) and so is worth following.</summary>
    public bool Moves => Uri.Kind != ModelUriKind.Version;

    /// <summary>Parses <c>name@alias</c>, <c>name@Production</c>, <c>name/3</c>, <c>name/latest</c> or any <c>models:/</c> URI; throws <see cref="ErrorCode.InvalidParameter"/> with the position for bad text.</summary>
    public static ModelReference Parse(string text)
    {
        var uri = ModelUri.Parse(text).ValueOrThrow("model reference", text)!;
        if (uri.Kind == ModelUriKind.Alias && IsStageName(uri.Alias!))
        {
            uri = ModelUri.Parse($"models:/{uri.Name}/{uri.Alias}").ValueOrThrow("model reference", text)!;
        }
        return new ModelReference(uri);
    }

    /// <summary>Parses a fixed version such as <c>churn/4</c> (for canary and shadow candidates); throws <see cref="ErrorCode.InvalidParameter"/> for any other form.</summary>
    public static ModelReference ParseVersion(string text, string option)
    {
        var reference = Parse(text);
        return reference.Uri.Kind == ModelUriKind.Version
            ? reference
            : throw OspreyException.Invalid($"{option} needs a fixed version such as {reference.Name}/4, not '{text}'.");
    }

    /// <summary>Returns the canonical URI, such as <c>models:/churn@champion</c>.</summary>
    public override string ToString() => Uri.ToString();

    private static bool IsStageName(string alias) =>
        alias.Equals(nameof(ModelStage.Production), StringComparison.OrdinalIgnoreCase)
        || alias.Equals(nameof(ModelStage.Staging), StringComparison.OrdinalIgnoreCase)
        || alias.Equals(nameof(ModelStage.Archived), StringComparison.OrdinalIgnoreCase);
}
