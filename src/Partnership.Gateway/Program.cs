namespace Partnership.Gateway; public static class Program { public static void Main() {} }
