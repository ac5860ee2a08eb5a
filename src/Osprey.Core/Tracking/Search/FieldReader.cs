namespace Osprey.Core.Tracking.Search;

/// <summary>Reads a field such as <c>metrics.f1</c>, <c>tags.`mlflow.runName`</c> or a bare attribute name, and checks it against a <see cref="SearchFieldSet"/>.</summary>
internal static class FieldReader
{
    private static readonly string[] DatasetKeys = [DatasetField.Name, DatasetField.Digest, DatasetField.Context];

    /// <summary>Reads the field at the scanner's position; on failure the scanner holds the error.</summary>
    /// <param name="sorting">True for order-by clauses, which check <see cref="SearchFieldSet.SortKinds"/> and sortable attributes.</param>
    public static bool TryRead(SearchScanner scanner, SearchFieldSet fields, bool sorting, out ParsedField field)
    {
        field = default;
        scanner.SkipWhitespace();
        var start = scanner.Position;
        if (scanner.AtEnd || !(IsQuote(scanner.Current) || SearchScanner.IsWordChar(scanner.Current)))
        {
            return scanner.Fail($"expected a field such as {FieldDescriptions.Examples(fields)} but found {scanner.Describe(start)}", start);
        }

        var quoted = IsQuote(scanner.Current);
        string? quotedName = null;
        if (quoted && !scanner.TryReadQuoted(out quotedName, isName: true))
        {
            return false;
        }

        var name = quoted ? quotedName.AsSpan() : scanner.ReadWhile(IsNameChar);
        if (!scanner.AtEnd && scanner.Current == '.')
        {
            return TryReadPrefixed(scanner, fields, sorting, name, start, out field);
        }

        if (!quoted && (name.Equals("AND", StringComparison.OrdinalIgnoreCase) || name.Equals("OR", StringComparison.OrdinalIgnoreCase)))
        {
            return scanner.Fail($"expected a field such as {FieldDescriptions.Examples(fields)} but found '{name}'", start);
        }

        var attribute = FindBareAttribute(scanner, fields, name, quoted);
        if (!CheckKindAllowed(scanner, fields, sorting, FieldKind.Attribute, start))
        {
            return false;
        }

        if (attribute is null)
        {
            return scanner.Fail($"unknown attribute '{name}' (known: {FieldDescriptions.AttributeNames(fields, sorting)}){FieldDescriptions.PrefixHint(fields, sorting, name)}", start);
        }

        return CheckAttributeUse(scanner, fields, sorting, attribute, start)
            && Done(scanner, new FieldRef(FieldKind.Attribute, attribute.Name), attribute, start, out field);
    }

    private static bool TryReadPrefixed(SearchScanner scanner, SearchFieldSet fields, bool sorting, ReadOnlySpan<char> prefix, int start, out ParsedField field)
    {
        field = default;
        if (!TryGetKind(prefix, out var kind))
        {
            return scanner.Fail($"unknown field prefix '{prefix}' (expected {FieldDescriptions.PrefixList(fields, sorting)})", start);
        }

        if (!CheckKindAllowed(scanner, fields, sorting, kind, start))
        {
            return false;
        }

        scanner.Position++;
        var keyStart = scanner.Position;
        if (!TryReadKey(scanner, prefix, out var key))
        {
            return false;
        }

        switch (kind)
        {
            case FieldKind.Attribute:
                var attribute = fields.FindAttribute(key);
                if (attribute is null)
                {
                    return scanner.Fail($"unknown attribute '{key}' (known: {FieldDescriptions.AttributeNames(fields, sorting)})", keyStart);
                }

                return CheckAttributeUse(scanner, fields, sorting, attribute, keyStart)
                    && Done(scanner, new FieldRef(kind, attribute.Name), attribute, start, out field);
            case FieldKind.Dataset:
                var datasetKey = Array.Find(DatasetKeys, k => k.Equals(key, StringComparison.OrdinalIgnoreCase));
                return datasetKey is null
                    ? scanner.Fail($"unknown dataset field '{key}' (known: {string.Join(", ", DatasetKeys)})", keyStart)
                    : Done(scanner, new FieldRef(kind, datasetKey), null, start, out field);
            default:
                return Done(scanner, new FieldRef(kind, key), null, start, out field);
        }
    }

    private static bool TryReadKey(SearchScanner scanner, ReadOnlySpan<char> prefix, out string key)
    {
        key = string.Empty;
        var keyStart = scanner.Position;
        if (scanner.AtEnd || !(IsQuote(scanner.Current) || SearchScanner.IsKeyChar(scanner.Current)))
        {
            return scanner.Fail($"expected a name after '{prefix}.' but found {scanner.Describe(keyStart)}", keyStart);
        }

        if (!IsQuote(scanner.Current))
        {
            key = scanner.ReadWhile(SearchScanner.IsKeyChar).ToString();
            return true;
        }

        if (!scanner.TryReadQuoted(out key, isName: true))
        {
            return false;
        }

        if (key.Length == 0)
        {
            return scanner.Fail("expected a name between the quotes", keyStart);
        }

        // Keys follow MLflow's rule for metric, param and tag names (^[/\w.\- ]*$), so a key that could never be logged is refused here.
        var bad = IndexOfInvalidKeyChar(key);
        if (bad < 0)
        {
            return true;
        }

        var badPosition = scanner.Text.IndexOf(key[bad], keyStart + 1);
        return scanner.Fail($"a name may contain only letters, digits, spaces and _ - . / but found '{key[bad]}'", badPosition < 0 ? keyStart : badPosition);
    }

    private static SearchAttribute? FindBareAttribute(SearchScanner scanner, SearchFieldSet fields, ReadOnlySpan<char> name, bool quoted)
    {
        var attribute = fields.FindAttribute(name);
        if (attribute is not null || quoted)
        {
            return attribute;
        }

        // MLflow's UI column names such as "run name" are accepted unquoted as two words.
        var afterFirst = scanner.Position;
        scanner.SkipWhitespace();
        if (scanner.Position > afterFirst && !scanner.AtEnd && SearchScanner.IsWordChar(scanner.Current))
        {
            var second = scanner.ReadWhile(SearchScanner.IsWordChar);
            attribute = fields.FindAttribute(string.Concat(name, " ", second));
        }

        if (attribute is null)
        {
            scanner.Position = afterFirst;
        }

        return attribute;
    }

    private static bool CheckKindAllowed(SearchScanner scanner, SearchFieldSet fields, bool sorting, FieldKind kind, int start)
    {
        var allowed = sorting ? fields.CanSortBy(kind) : fields.CanFilterBy(kind);
        return allowed || scanner.Fail(
            $"{fields.EntityName} cannot be {(sorting ? "ordered" : "filtered")} by {FieldDescriptions.KindName(kind)} (use {FieldDescriptions.PrefixList(fields, sorting)})",
            start);
    }

    private static bool CheckAttributeUse(SearchScanner scanner, SearchFieldSet fields, bool sorting, SearchAttribute attribute, int position)
    {
        var allowed = sorting ? attribute.Sortable : attribute.Filterable;
        return allowed || scanner.Fail(
            $"{fields.EntityName} cannot be {(sorting ? "ordered" : "filtered")} by {attribute.Name} (known: {FieldDescriptions.AttributeNames(fields, sorting)})",
            position);
    }

    private static bool Done(SearchScanner scanner, FieldRef reference, SearchAttribute? attribute, int start, out ParsedField field)
    {
        field = new ParsedField(reference, attribute, start, scanner.Position);
        return true;
    }

    private static bool TryGetKind(ReadOnlySpan<char> prefix, out FieldKind kind)
    {
        kind = default;
        if (prefix.Length > "parameters".Length)
        {
            return false;
        }

        Span<char> lower = stackalloc char[prefix.Length];
        prefix.ToLowerInvariant(lower);
        FieldKind? found = (ReadOnlySpan<char>)lower switch
        {
            "metric" or "metrics" => FieldKind.Metric,
            "param" or "params" or "parameter" or "parameters" => FieldKind.Param,
            "tag" or "tags" => FieldKind.Tag,
            "attribute" or "attributes" or "attr" or "run" => FieldKind.Attribute,
            "dataset" or "datasets" => FieldKind.Dataset,
            _ => null,
        };
        kind = found.GetValueOrDefault();
        return found.HasValue;
    }

    private static int IndexOfInvalidKeyChar(string key)
    {
        for (var i = 0; i < key.Length; i++)
        {
            if (!SearchScanner.IsKeyChar(key[i]) && key[i] != ' ')
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsQuote(char c) => c is '`' or '"';

    private static bool IsNameChar(char c) => SearchScanner.IsWordChar(c) || c is '-' or '/';
}
