namespace Osprey.Core.Serving.Requests;

/// <summary>What a server accepts beyond well-typed values: missing values (null, NaN, a missing token) and categories the model never saw.</summary>
/// <param name="RejectMissing">Refuse a missing value with 400 instead of letting the model treat it as missing (trees send it the learned default way).</param>
/// <param name="RejectUnseenCategories">Refuse an unseen category with 400 instead of treating it as missing, which is the model file's own policy.</param>
public sealed record ValidationPolicy(bool RejectMissing = false, bool RejectUnseenCategories = false)
{
    /// <summary>The model metadata key that sets <see cref="RejectUnseenCategories"/> when it is <c>reject</c>.</summary>
    public const string UnseenCategoriesKey = "unseen_categories";

    /// <summary>Gets the policy the model file asks for (its metadata may say <c>unseen_categories: reject</c>), with missing values allowed.</summary>
    public static ValidationPolicy FromModel(IReadOnlyDictionary<string, string> metadata) =>
        new(RejectUnseenCategories: metadata.TryGetValue(UnseenCategoriesKey, out var value) && value.Equals("reject", StringComparison.OrdinalIgnoreCase));
}
