using System;
using System.Collections.Generic;
using System.IO;
using Newtonsoft.Json;

namespace ClinicAssistant.Triage;

/// <summary>The clinic's triage dataset (departments and keyword rules), exported nightly by the HIS.</summary>
public sealed class TriageRuleBook
{
    public List<string> Departments { get; set; } = new() { "General Practice", "Paediatrics", "Cardiology", "Dermatology" };

    public List<object> Rules { get; set; } = new();

    public static TriageRuleBook Load(string path)
    {
        if (!File.Exists(path))
        {
            return new TriageRuleBook();
        }

        // Violation (AIREG204): type names embedded in the file decide which classes are created.
        var settings = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.Auto };
        return JsonConvert.DeserializeObject<TriageRuleBook>(File.ReadAllText(path), settings) ?? new TriageRuleBook();
    }
}
