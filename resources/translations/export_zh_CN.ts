<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ExportActions</name>
    <message>
        <source>NumPy script (*.py)</source>
        <translation>NumPy 脚本 (*.py)</translation>
    </message>
    <message>
        <source>PyTorch script (*.py)</source>
        <translation>PyTorch 脚本 (*.py)</translation>
    </message>
    <message>
        <source>Export as Python code</source>
        <translation>导出为 Python 代码</translation>
    </message>
    <message>
        <source>Export picture</source>
        <translation>导出图片</translation>
    </message>
    <message>
        <source>Picture of:</source>
        <translation>导出哪个视图：</translation>
    </message>
    <message>
        <source>PNG for slides, twice the screen&apos;s pixels (*.png)</source>
        <translation>用于幻灯片的 PNG，像素为屏幕的两倍 (*.png)</translation>
    </message>
    <message>
        <source>PNG at screen size (*.png)</source>
        <translation>屏幕大小的 PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG, scalable (*.svg)</source>
        <translation>SVG 矢量图，可任意缩放 (*.svg)</translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation>无法写入该文件</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2.</source>
        <translation>无法写入“%1”：%2。</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Network canvas</source>
        <translation>网络画布</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>Python &amp;code…</source>
        <translation>Python 代码(&amp;C)…</translation>
    </message>
    <message>
        <source>Save the network as a NumPy or PyTorch script that prints its output</source>
        <translation>把网络保存为 NumPy 或 PyTorch 脚本，运行后打印网络的输出</translation>
    </message>
    <message>
        <source>&amp;Picture…</source>
        <translation>图片(&amp;P)…</translation>
    </message>
    <message>
        <source>Save the canvas or a plot as PNG (for slides) or SVG</source>
        <translation>把画布或某个图表保存为 PNG（用于幻灯片）或 SVG</translation>
    </message>
    <message>
        <source>Copy layer &amp;matrices</source>
        <translation>复制本层矩阵(&amp;M)</translation>
    </message>
    <message>
        <source>Copy the current layer&apos;s W and B (and ⟦A⟧, ⟦Z⟧ once computed) as text</source>
        <translation>以文本形式复制当前层的 W 和 B（算完后还有 ⟦A⟧、⟦Z⟧）</translation>
    </message>
    <message>
        <source>Copy layer as &amp;NumPy</source>
        <translation>以 NumPy 代码复制本层(&amp;N)</translation>
    </message>
    <message>
        <source>Copy the current layer&apos;s W and B as NumPy code, every digit kept</source>
        <translation>以 NumPy 代码复制当前层的 W 和 B，保留全部位数</translation>
    </message>
</context>
</TS>
