namespace Osprey.Core.Pipelines;

/// <summary>One reason a pipeline definition is invalid, naming the field (such as <c>tasks.train.retries</c>) it is about.</summary>
/// <param name="Field">The dotted path of the field at fault.</param>
/// <param name="Message">A sentence a newcomer can act on, starting with the field.</param>
/// <param name="Offset">For errors inside a text value (a cron expression, a template), the zero-based character offset in that text.</param>
public sealed record PipelineProblem(string Field, string Message, int? Offset = null)
{
    public override string ToString() => Message;
}
