// One sigma node program for every node shape of the viewer (disc, square, disc with a ring), in place
// of sigma's NodeCircleProgram, @sigma/node-square and a @sigma/node-border program. Same pictures
// (each shape's shader code is carried over), but one WebGL program instead of three: in software
// WebGL (SwiftShader, headless Chromium) every program drawn pays a pipeline compile on a page's first
// frame; the shape and arrow programs together were the largest share of the viewer's first frame
// beyond a bare sigma page's. Own code because no sigma package draws several shapes with one program.
import type { NodeDisplayData, RenderParams } from 'sigma/types';
import { drawSquareNodeHover } from '@sigma/node-square';
import { drawDiscNodeHover, NodeProgram } from 'sigma/rendering';
import type { ProgramInfo } from 'sigma/rendering';
import { floatColor } from 'sigma/utils';
import type { NodeShape } from './style.ts';

/** What the program reads besides sigma's own display data (set by the node reducer). */
export interface ShapeDisplayData {
  shape: NodeShape;
  /** Ring colour of 'border' nodes. */
  borderColor: string;
}

const SHAPE_CODES: Record<NodeShape, number> = { circle: 0, square: 1, border: 2 };
/** Ring width of 'border' nodes as a share of the radius (the viewer's former node-border setting). */
const RING = '0.28';

const UNIFORMS = ['u_sizeRatio', 'u_correctionRatio', 'u_cameraAngle', 'u_matrix'] as const;

// language=GLSL
const VERTEX_SHADER = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec4 a_borderColor;
attribute vec2 a_position;
attribute float a_size;
attribute float a_shape;
attribute vec2 a_corner;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_cameraAngle;
uniform float u_correctionRatio;

varying vec4 v_color;
varying vec4 v_borderColor;
varying vec2 v_diffVector;
varying float v_radius;
varying float v_shape;

const float bias = 255.0 / 254.0;

void main() {
  // A square of half-side = radius around the node: the square shape itself, and the box of the discs.
  float radius = a_size * u_correctionRatio / u_sizeRatio * 2.0;
  float c = cos(u_cameraAngle);
  float s = sin(u_cameraAngle);
  vec2 diffVector = radius * vec2(c * a_corner.x - s * a_corner.y, s * a_corner.x + c * a_corner.y);
  gl_Position = vec4((u_matrix * vec3(a_position + diffVector, 1)).xy, 0, 1);

  v_diffVector = diffVector;
  v_radius = radius;
  v_shape = a_shape;
  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
  v_borderColor = a_borderColor;
  v_borderColor.a *= bias;
}
`;

// language=GLSL
const FRAGMENT_SHADER = /* glsl */ `
precision highp float;

varying vec4 v_color;
varying vec4 v_borderColor;
varying vec2 v_diffVector;
varying float v_radius;
varying float v_shape;

uniform float u_correctionRatio;

const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);

void main(void) {
  float dist = length(v_diffVector);
  if (v_shape > 0.5 && v_shape < 1.5) {
    // Square (as @sigma/node-square): flat, no antialiasing.
    gl_FragColor = v_color;
    return;
  }
  #ifdef PICKING_MODE
  gl_FragColor = dist > v_radius ? transparent : v_color;
  #else
  float aa = 2.0 * u_correctionRatio;
  if (v_shape < 0.5) {
    // Disc (as sigma's NodeCircleProgram): fades out over the last 2 pixels.
    float d = dist - v_radius + aa;
    float t = d > aa ? 1.0 : (d > 0.0 ? d / aa : 0.0);
    gl_FragColor = mix(v_color, transparent, t);
    return;
  }
  // Disc with a ring (as @sigma/node-border with a ${RING} ring and a fill): a ring thinner than a
  // pixel is not drawn.
  float ringSize = v_radius * ${RING};
  float inner = v_radius - ringSize;
  vec4 ring = ringSize <= u_correctionRatio ? transparent : v_borderColor;
  vec4 fill = inner <= u_correctionRatio ? ring : v_color;
  if (dist > v_radius) gl_FragColor = transparent;
  else if (dist > v_radius - aa) gl_FragColor = mix(ring, transparent, (dist - v_radius + aa) / aa);
  else if (dist > inner) gl_FragColor = ring;
  else if (dist > inner - aa) gl_FragColor = mix(fill, ring, (dist - inner + aa) / aa);
  else gl_FragColor = fill;
  #endif
}
`;

const { UNSIGNED_BYTE, FLOAT, TRIANGLES } = WebGLRenderingContext;

/** Disc, square and ringed disc in one program; the shape comes from the display data's `shape`. */
export class NodeShapeProgram extends NodeProgram<(typeof UNIFORMS)[number]> {
  override drawHover: NodeProgram['drawHover'] = (context, data, settings) =>
    ((data as unknown as Partial<ShapeDisplayData>).shape === 'square' ? drawSquareNodeHover : drawDiscNodeHover)(context, data, settings);

  getDefinition(): ReturnType<NodeProgram<(typeof UNIFORMS)[number]>['getDefinition']> {
    return {
      VERTICES: 6,
      VERTEX_SHADER_SOURCE: VERTEX_SHADER,
      FRAGMENT_SHADER_SOURCE: FRAGMENT_SHADER,
      METHOD: TRIANGLES,
      UNIFORMS,
      ATTRIBUTES: [
        { name: 'a_position', size: 2, type: FLOAT },
        { name: 'a_size', size: 1, type: FLOAT },
        { name: 'a_shape', size: 1, type: FLOAT },
        { name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: 'a_borderColor', size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: 'a_id', size: 4, type: UNSIGNED_BYTE, normalized: true },
      ],
      CONSTANT_ATTRIBUTES: [{ name: 'a_corner', size: 2, type: FLOAT }],
      CONSTANT_DATA: [
        [-1, -1],
        [1, -1],
        [1, 1],
        [-1, -1],
        [1, 1],
        [-1, 1],
      ],
    };
  }

  processVisibleItem(nodeIndex: number, startIndex: number, data: NodeDisplayData): void {
    const shaped = data as NodeDisplayData & Partial<ShapeDisplayData>;
    const array = this.array;
    let i = startIndex;
    array[i++] = data.x;
    array[i++] = data.y;
    array[i++] = data.size;
    array[i++] = SHAPE_CODES[shaped.shape ?? 'circle'];
    array[i++] = floatColor(data.color);
    array[i++] = floatColor(shaped.borderColor ?? data.color);
    array[i] = nodeIndex;
  }

  setUniforms(params: RenderParams, { gl, uniformLocations }: ProgramInfo<(typeof UNIFORMS)[number]>): void {
    gl.uniform1f(uniformLocations.u_sizeRatio, params.sizeRatio);
    gl.uniform1f(uniformLocations.u_correctionRatio, params.correctionRatio);
    gl.uniform1f(uniformLocations.u_cameraAngle, params.cameraAngle);
    gl.uniformMatrix3fv(uniformLocations.u_matrix, false, params.matrix);
  }
}
