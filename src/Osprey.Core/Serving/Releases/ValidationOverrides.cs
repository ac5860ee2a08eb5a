using Osprey.Core.Learning.Models;
using Osprey.Core.Serving.Requests;

namespace Osprey.Core.Serving.Releases;

/// <summary>Server-wide choices that override a model's own validation policy when set.</summary>
public sealed record ValidationOverrides(bool? RejectMissing = null, bool? RejectUnseenCategories = null)
{
    /// <summary>Returns the policy for a model: its own (from its metadata), with these overrides applied.</summary>
    public ValidationPolicy For(TrainedModel model)
    {
        var own = ValidationPolicy.FromModel(model.Info.Metadata);
        return new ValidationPolicy(RejectMissing ?? own.RejectMissing, RejectUnseenCategories ?? own.RejectUnseenCategories);
    }
}
