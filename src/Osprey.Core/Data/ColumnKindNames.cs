namespace Osprey.Core.Data;

/// <summary>The lowercase names of column kinds used in schema files, model files and the CLI.</summary>
public static class ColumnKindNames
{
    /// <summary>Returns the lowercase name of a kind, such as <c>categorical</c>.</summary>
    public static string Format(ColumnKind kind) => kind switch
    {
        ColumnKind.Numeric => "numeric",
        ColumnKind.Integer => "integer",
        ColumnKind.Boolean => "boolean",
        ColumnKind.Categorical => "categorical",
        ColumnKind.DateTime => "datetime",
        ColumnKind.Text => "text",
        ColumnKind.Identifier => "identifier",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Returns the name with its indefinite article, such as <c>an integer</c> or <c>a numeric</c>, for messages.</summary>
    public static string WithArticle(ColumnKind kind)
    {
        var name = Format(kind);
        return ("aeiou".Contains(name[0], StringComparison.Ordinal) ? "an " : "a ") + name;
    }

    /// <summary>Parses a kind name (case-insensitive, with <c>float</c>, <c>int</c>, <c>bool</c>, <c>category</c>, <c>date</c>, <c>id</c> as synonyms) or throws <see cref="ErrorCode.InvalidParameter"/>.</summary>
    public static ColumnKind Parse(string text, string field) => text.Trim().ToUpperInvariant() switch
    {
        "NUMERIC" or "FLOAT" or "DOUBLE" or "NUMBER" => ColumnKind.Numeric,
        "INTEGER" or "INT" => ColumnKind.Integer,
        "BOOLEAN" or "BOOL" => ColumnKind.Boolean,
        "CATEGORICAL" or "CATEGORY" or "STRING" => ColumnKind.Categorical,
        "DATETIME" or "DATE" or "TIMESTAMP" => ColumnKind.DateTime,
        "TEXT" => ColumnKind.Text,
        "IDENTIFIER" or "ID" or "IGNORE" => ColumnKind.Identifier,
        _ => throw OspreyException.Invalid(
            $"'{field}' has unknown column kind '{text}'; use numeric, integer, boolean, categorical, datetime, text or identifier."),
    };
}
